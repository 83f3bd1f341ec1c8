import { commandMessageId } from '@playbook/bus/ids';
import type { WorkerContext } from '@playbook/service-kit/service';
import { runIdFor } from '../domain/heads-up-id.ts';
import { rulesProvider } from '../domain/rules-provider.ts';
import { eventsToSweep } from '../projections/events.store.ts';
import { executeRun } from './runs.commands.ts';

/**
 * One readiness sweep for a day: every event starting within the lead time (or under way) with active
 * engagements or open work gets a run checking each engagement for a signed contract and the work for overdue items. The run id is the event and
 * the day, so sweeping the same day twice runs nothing new; `asOf` is an input of the run, so a replay
 * judges the same day.
 */
export async function sweepReadiness(context: WorkerContext, asOf: string, leadDays: number): Promise<string[]> {
  const events = await eventsToSweep(context.sql, asOf, leadDays);
  const runs: string[] = [];
  for (const e of events) {
    const ref = `${e.event_id}@${asOf}`;
    const runId = runIdFor('readiness-sweep', ref);
    await context.sql.begin(async (tx) => {
      const publisher = context.uow.publisher(tx, {
        correlationId: `ai-readiness:${ref}`,
        causationId: null,
        actor: { kind: 'schedule', id: 'ai-readiness-sweep', displayName: null },
        messageIdFor: (type, index) => commandMessageId('ai', `readiness:${ref}`, type, index),
      });
      const ctx = {
        runId,
        orgId: e.org_id,
        clientId: e.client_id,
        eventId: e.event_id,
        correlationId: `ai-readiness:${ref}`,
        trigger: { kind: 'event' as const, ref: `schedule:readiness:${ref}` },
      };
      await executeRun(
        tx,
        publisher,
        ctx,
        { task: 'review-readiness', eventId: e.event_id, asOf, leadDays },
        rulesProvider,
      );
    });
    runs.push(runId);
  }
  return runs;
}
