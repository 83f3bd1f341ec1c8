import { canonical } from '../domain/canonical.ts';
import { RunRefused, type RunOutput } from '../domain/output.ts';
import { replaying } from '../domain/recorder.ts';
import { rulesProvider } from '../domain/rules-provider.ts';
import type { Task } from '../domain/tasks.ts';
import type { RunRow } from './runs.store.ts';

/**
 * Replays a run from its record with the deterministic provider: its inputs again, each tool call
 * answered from the recorded result. Same output means the run is reproducible from its record alone.
 */
export async function replayRun(
  run: RunRow,
): Promise<{ output: RunOutput | null; sameOutput: boolean; divergence: string | null }> {
  try {
    const output = await rulesProvider.run(run.inputs as Task, replaying(run.tool_calls));
    const sameOutput = run.output !== null && canonical(output) === canonical(run.output);
    return { output, sameOutput, divergence: sameOutput ? null : 'the output differs from the recorded one' };
  } catch (error) {
    if (!(error instanceof RunRefused)) throw error;
    return { output: null, sameOutput: false, divergence: `${error.code}: ${error.message}` };
  }
}
