import { canonical } from './canonical.ts';
import { RunRefused, type ToolCall, type ToolInvoker } from './output.ts';

/** Wraps an invoker so every call — arguments, result or refusal — is recorded in order. */
export function recording(inner: ToolInvoker): { invoke: ToolInvoker; calls: ToolCall[] } {
  const calls: ToolCall[] = [];
  const invoke: ToolInvoker = async (tool, args) => {
    const callId = `call-${calls.length + 1}`;
    try {
      const result = await inner(tool, args);
      calls.push({ callId, tool, arguments: args, result, ok: true });
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      calls.push({ callId, tool, arguments: args, result: { error: message }, ok: false });
      throw error;
    }
  };
  return { invoke, calls };
}

/**
 * Replays a run from its record: each call must be the one recorded at that position (same tool, same
 * arguments) and gets the recorded result, so the deterministic provider gives the same output.
 */
export function replaying(recorded: ToolCall[]): ToolInvoker {
  let next = 0;
  return async (tool, args) => {
    const call = recorded[next++];
    if (!call || call.tool !== tool || canonical(call.arguments) !== canonical(args)) {
      throw new RunRefused(
        'AI.REPLAY_DIVERGED',
        `replay asked ${tool} where the record has ${call?.tool ?? 'nothing'}`,
      );
    }
    if (!call.ok || !('records' in call.result))
      throw new RunRefused('AI.REPLAY_DIVERGED', `the recorded ${tool} call failed`);
    return call.result;
  };
}
