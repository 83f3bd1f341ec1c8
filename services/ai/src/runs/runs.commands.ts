import type { Actor } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { RunRefused, runOutputSchema, type RunOutput } from '../domain/output.ts';
import { recording } from '../domain/recorder.ts';
import type { Provider } from '../domain/rules-provider.ts';
import { subjectOf, type Task } from '../domain/tasks.ts';
import { validateOutput } from '../domain/validate.ts';
import { raiseHeadsUps } from '../heads-ups/heads-ups.commands.ts';
import { publishInsight } from '../insights/insights.commands.ts';
import { toolInvoker } from '../tools/tools.ts';
import { findRun, insertRun, type RunRow } from './runs.store.ts';

export interface RunContext {
  runId: string;
  orgId: string;
  clientId: string | null;
  eventId: string | null;
  correlationId: string;
  trigger: { kind: 'event' | 'request'; ref: string };
}

/** Past this size a tool result travels as a reference to the run's record (GET /runs/{runId}), not inline. */
export const INLINE_RESULT_LIMIT = 64_000;

function carried(result: unknown, runId: string, callId: string): string {
  const json = JSON.stringify(result);
  if (json.length <= INLINE_RESULT_LIMIT) return json;
  const records = (result as { records?: unknown[] }).records?.length ?? null;
  return JSON.stringify({ ref: `/runs/${runId}#${callId}`, records, chars: json.length });
}

export const aiActor = (runId: string, provider: Provider): Actor => ({
  kind: 'ai',
  id: runId,
  displayName: `AI orchestrator (${provider.name}${provider.model ? ` ${provider.model}` : ''})`,
});

/**
 * One run: the provider answers the task through recording tools; the validator checks that every
 * number traces to a tool result; the run is recorded whatever the verdict; only a validated output
 * raises heads-ups and publishes an insight; AiRunCompleted carries inputs, every tool call and the
 * output (or the refusal). The same trigger again (same run id) does nothing.
 */
export async function executeRun(
  tx: Tx,
  publisher: Publisher,
  ctx: RunContext,
  task: Task,
  provider: Provider,
): Promise<RunRow> {
  const existing = await findRun(tx, ctx.runId);
  if (existing) return existing;
  const recorder = recording(toolInvoker(tx, ctx.orgId));
  let output: RunOutput | null = null;
  let refusal: string | null = null;
  try {
    const parsed = runOutputSchema.safeParse(await provider.run(task, recorder.invoke));
    if (!parsed.success) throw new RunRefused('AI.BAD_OUTPUT', parsed.error.message);
    const verdict = validateOutput(parsed.data, recorder.calls);
    if (!verdict.ok) throw new RunRefused('AI.UNTRACED_NUMBER', verdict.reason);
    output = parsed.data;
  } catch (error) {
    if (!(error instanceof RunRefused)) throw error;
    refusal = `${error.code}: ${error.message}`;
  }
  const { subjectType, subjectId } = subjectOf(task);
  const row = {
    run_id: ctx.runId,
    org_id: ctx.orgId,
    client_id: ctx.clientId,
    event_id: ctx.eventId,
    trigger_kind: ctx.trigger.kind,
    trigger_ref: ctx.trigger.ref,
    task: task.task === 'ask' ? `ask-${task.subjectType}` : task.task,
    subject_type: subjectType,
    subject_id: subjectId,
    provider: provider.name,
    model: provider.model,
    status: output ? ('completed' as const) : ('refused' as const),
    refusal_reason: refusal,
    inputs: task,
    tool_calls: recorder.calls,
    output,
    correlation_id: ctx.correlationId,
  };
  await insertRun(tx, row);
  const actor = aiActor(ctx.runId, provider);
  const headsUpIds = output ? await raiseHeadsUps(tx, publisher, ctx, output.headsUps, actor) : [];
  const insightId = output?.insight ? await publishInsight(tx, publisher, ctx, output.insight, actor) : null;
  await publisher.publish({
    type: 'ai.AiRunCompleted',
    key: ctx.runId,
    scope: { orgId: ctx.orgId, clientId: ctx.clientId, eventId: ctx.eventId },
    actor,
    counts: { toolCalls: recorder.calls.length, headsUpsRaised: headsUpIds.length, refused: output ? 0 : 1 },
    rules: [
      { name: 'provider', parameters: { name: provider.name, model: provider.model ?? '' } },
      { name: 'citation-validator', parameters: { verdict: output ? 'traced' : 'refused' } },
    ],
    payload: {
      runId: ctx.runId,
      triggerKind: ctx.trigger.kind,
      triggerRef: ctx.trigger.ref,
      task: row.task,
      subjectType,
      subjectId,
      provider: provider.name,
      model: provider.model,
      status: row.status,
      refusalReason: refusal,
      inputsJson: JSON.stringify(task),
      toolCalls: recorder.calls.map((c) => ({
        callId: c.callId,
        tool: c.tool,
        argumentsJson: JSON.stringify(c.arguments ?? null),
        resultJson: carried(c.result, ctx.runId, c.callId),
        ok: c.ok,
      })),
      outputJson: output ? JSON.stringify(output) : null,
      headsUpIds,
      insightId,
    },
  });
  return (await findRun(tx, ctx.runId))!;
}
