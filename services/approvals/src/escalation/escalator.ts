import type { Cause } from '@playbook/bus/envelope';
import type { UnitOfWork } from '@playbook/bus/handler';
import { handlerMessageId } from '@playbook/bus/ids';
import type { Sql, Tx } from '@playbook/db/client';
import type { Service, WorkerContext } from '@playbook/service-kit/service';
import type { Logger } from '@playbook/telemetry/logger';
import type { ApprovalRow } from '../approvals/approvals.store.ts';
import { nextApprover } from '../domain/policy.ts';

export const ESCALATOR = { kind: 'schedule', id: 'approvals-escalator', displayName: 'Approvals escalator' } as const;
const MAX_PER_RUN = 500;

/**
 * Escalates every pending request whose deadline passed at `now`: one transaction per request,
 * the row taken with `for update skip locked`, so instances running side by side never escalate
 * the same step twice. At the top of the chain nothing is published and the deadline is cleared.
 * Resolves with the ids it escalated.
 */
export async function escalateDue(sql: Sql, uow: UnitOfWork<Tx>, now: number, log?: Logger): Promise<string[]> {
  const escalated: string[] = [];
  for (let i = 0; i < MAX_PER_RUN; i++) {
    const outcome = await sql.begin(async (tx) => {
      const [row] = await tx<ApprovalRow[]>`
        select * from approval_requests where status = 'pending' and due_at <= ${new Date(now)}
        order by due_at limit 1 for update skip locked`;
      if (!row) return 'none' as const;
      const id = row.approval_request_id;
      const next = nextApprover(row.escalation_chain, row.approver_role);
      if (!next) {
        await tx`update approval_requests set due_at = null where approval_request_id = ${id}`;
        log?.warn(
          { approvalRequestId: id, role: row.approver_role },
          'approval overdue at the top of the escalation chain',
        );
        return 'top' as const;
      }
      const dueAt = now + Number(row.escalate_after_ms);
      const type = 'approvals.ApprovalEscalated';
      const messageId = handlerMessageId(row.last_message_id, ESCALATOR.id, type, 0);
      const cause: Cause = {
        correlationId: row.correlation_id,
        causationId: row.last_message_id,
        actor: { ...ESCALATOR },
        messageIdFor: () => messageId,
      };
      await tx`
        update approval_requests set approver_role = ${next.role}, approver_scope = ${next.scope}, due_at = ${new Date(dueAt)},
          escalations = escalations + 1, last_message_id = ${messageId}
        where approval_request_id = ${id}`;
      await uow.publisher(tx, cause).publish({
        type,
        key: id,
        occurredAt: now,
        scope: { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id },
        rules: [
          {
            name: 'escalation-chain',
            parameters: {
              fromRole: row.approver_role,
              toRole: next.role,
              toScope: next.scope,
              escalateAfterMs: row.escalate_after_ms,
            },
          },
        ],
        payload: {
          approvalRequestId: id,
          subjectType: row.subject_type,
          subjectId: row.subject_id,
          eventId: row.event_id,
          clientId: row.client_id,
          fromRole: row.approver_role,
          toRole: next.role,
          dueAt,
        },
      });
      return id;
    });
    if (outcome === 'none') break;
    if (outcome !== 'top') escalated.push(outcome);
  }
  return escalated;
}

export interface Escalator {
  /** One pass now (tests, or a manual nudge). */
  runOnce(): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * The escalation scheduler: checks every `intervalMs` (env APPROVALS_ESCALATION_CHECK_MS). The
 * approvals definition runs it as a kit worker (started after the bus, stopped before it); tests
 * may also start one on a running service.
 */
export function startEscalator(
  target: Service | WorkerContext,
  options: { intervalMs: number; now?: () => number },
): Escalator {
  const now = options.now ?? Date.now;
  const context: WorkerContext =
    'bus' in target ? { sql: target.sql(), uow: target.bus().uow, log: target.log } : target;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const runOnce = () => {
    const run = escalateDue(context.sql, context.uow, now(), context.log);
    running = run.catch(() => {});
    return run;
  };
  const tick = async () => {
    try {
      const ids = await runOnce();
      if (ids.length > 0) context.log.info({ escalated: ids.length }, 'approvals escalated');
    } catch (error) {
      context.log.error({ err: error }, 'escalation pass failed');
    }
    if (!stopped) timer = setTimeout(tick, options.intervalMs);
  };
  timer = setTimeout(tick, options.intervalMs);
  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
