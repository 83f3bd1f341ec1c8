import type { AnyEnvelope } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { runIdFor } from '../domain/heads-up-id.ts';
import { rulesProvider } from '../domain/rules-provider.ts';
import type { Task } from '../domain/tasks.ts';
import { executeRun } from '../runs/runs.commands.ts';

/**
 * A run triggered by a fact on the bus, with the deterministic rules provider (reactions stay
 * reproducible and free); the run id derives from the consumer and the message, so a redelivery
 * or a replay of the topic never runs it twice.
 */
export function reviewAfter(
  tx: Tx,
  publisher: Publisher,
  consumer: string,
  e: AnyEnvelope,
  task: Task,
  scope: { clientId: string | null; eventId: string | null },
  index = 0,
) {
  return executeRun(
    tx,
    publisher,
    {
      runId: runIdFor(`${consumer}#${index}`, e.messageId),
      orgId: e.scope.orgId,
      ...scope,
      correlationId: e.correlationId,
      trigger: { kind: 'event', ref: e.messageId },
    },
    task,
    rulesProvider,
  );
}
