import { randomUUID } from 'node:crypto';
import type { Cause } from '@playbook/bus/envelope';
import { handlerMessageId } from '@playbook/bus/ids';
import type { Tx } from '@playbook/db/client';
import type { WorkerContext } from '@playbook/service-kit/service';
import { enabledConnectors } from '../connectors/connectors.store.ts';
import { CONNECTORS, isInbound } from '../domain/registry.ts';
import { nextScheduledWindow } from '../domain/window.ts';
import { requestWindow } from './windows.commands.ts';
import { moveScheduleMark, scheduleMark } from './windows.store.ts';

export const SCHEDULE = {
  kind: 'schedule',
  id: 'integrations-schedule',
  displayName: 'Integrations schedule',
} as const;

const INBOUND = CONNECTORS.filter(isInbound);

/**
 * The schedule's window for one connector dataset at `now`: from where the last scheduled window
 * ended (the first time, the last 24 hours) to now, asked like a person would (SyncWindowRequested,
 * actor the schedule), with a message id derived from the window. Resolves with the request id, or
 * null when the last window ended too recently to ask another.
 */
export async function requestScheduledWindow(
  tx: Tx,
  context: Pick<WorkerContext, 'uow'>,
  target: { orgId: string; system: string; dataset: string },
  now: number,
): Promise<string | null> {
  const window = nextScheduledWindow(await scheduleMark(tx, target.orgId, target.system, target.dataset), now);
  if (!window) return null;
  const windowKey = `${target.orgId}:${target.system}:${target.dataset}:${window.from}:${window.to}`;
  const cause: Cause = {
    correlationId: randomUUID(),
    causationId: null,
    actor: { ...SCHEDULE },
    messageIdFor: (type, index) => handlerMessageId(windowKey, SCHEDULE.id, type, index),
  };
  const asked = await requestWindow(
    tx,
    context.uow.publisher(tx, cause),
    { ...target, window, requestedBy: SCHEDULE.id, requestedKind: 'schedule' },
    now,
  );
  await moveScheduleMark(tx, target.orgId, target.system, target.dataset, window.to);
  return asked.window.request_id;
}

/** One pass: every dataset of every enabled inbound connector of every organization, one transaction each. */
export async function requestScheduledWindows(context: WorkerContext, now: number): Promise<string[]> {
  const targets = (
    await enabledConnectors(
      context.sql,
      INBOUND.map((c) => c.system),
    )
  ).flatMap((row) =>
    (INBOUND.find((c) => c.system === row.system)?.datasets ?? []).map((dataset) => ({
      orgId: row.org_id,
      system: row.system,
      dataset,
    })),
  );
  const asked: string[] = [];
  for (const target of targets) {
    try {
      const id = await context.sql.begin((tx) => requestScheduledWindow(tx, context, target, now));
      if (id) asked.push(id);
    } catch (error) {
      // A connector disabled since the list was read (409) must not hold back the others.
      context.log.warn({ err: error, ...target }, 'scheduled window not asked');
    }
  }
  return asked;
}
