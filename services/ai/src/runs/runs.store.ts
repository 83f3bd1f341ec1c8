import type { Queryable } from '@playbook/db/client';
import { type Reader, visible } from '@playbook/service-kit/access';
import type { RunOutput, ToolCall } from '../domain/output.ts';

export interface RunRow {
  run_id: string;
  seq: string;
  org_id: string;
  client_id: string | null;
  event_id: string | null;
  trigger_kind: 'event' | 'request';
  trigger_ref: string;
  task: string;
  subject_type: string;
  subject_id: string;
  provider: string;
  model: string | null;
  status: 'completed' | 'refused';
  refusal_reason: string | null;
  inputs: unknown;
  tool_calls: ToolCall[];
  output: RunOutput | null;
  correlation_id: string;
  created_at: Date;
}

export type NewRun = Omit<RunRow, 'seq' | 'created_at'>;

/** Records a run; false when it was recorded already (the same trigger handled again). */
export async function insertRun(db: Queryable, r: NewRun): Promise<boolean> {
  const inserted = await db`
    insert into runs (run_id, org_id, client_id, event_id, trigger_kind, trigger_ref, task, subject_type, subject_id,
      provider, model, status, refusal_reason, inputs, tool_calls, output, correlation_id)
    values (${r.run_id}, ${r.org_id}, ${r.client_id}, ${r.event_id}, ${r.trigger_kind}, ${r.trigger_ref}, ${r.task},
      ${r.subject_type}, ${r.subject_id}, ${r.provider}, ${r.model}, ${r.status}, ${r.refusal_reason},
      ${db.json(r.inputs as never)}, ${db.json(r.tool_calls as never)},
      ${r.output === null ? null : db.json(r.output as never)}, ${r.correlation_id})
    on conflict do nothing returning 1`;
  return inserted.length === 1;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findRun(db: Queryable, runId: string): Promise<RunRow | undefined> {
  if (!UUID.test(runId)) return undefined;
  const [row] = await db<RunRow[]>`select * from runs where run_id = ${runId}`;
  return row;
}

export function listReadableRuns(
  db: Queryable,
  reader: Reader,
  f: {
    subjectId?: string | undefined;
    eventId?: string | undefined;
    status?: string | undefined;
    afterSeq: string;
    limit: number;
  },
) {
  return db<RunRow[]>`
    select r.* from runs r
    where ${visible(db, reader)} and r.seq > ${f.afterSeq}
      ${f.subjectId ? db`and r.subject_id = ${f.subjectId}` : db``}
      ${f.eventId ? db`and r.event_id = ${f.eventId}` : db``}
      ${f.status ? db`and r.status = ${f.status}` : db``}
    order by r.seq limit ${f.limit + 1}`;
}

export const toRun = (r: RunRow) => ({
  runId: r.run_id,
  orgId: r.org_id,
  clientId: r.client_id,
  eventId: r.event_id,
  trigger: { kind: r.trigger_kind, ref: r.trigger_ref },
  task: r.task,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  provider: r.provider,
  model: r.model,
  status: r.status,
  refusalReason: r.refusal_reason,
  inputs: r.inputs,
  toolCalls: r.tool_calls,
  output: r.output,
  correlationId: r.correlation_id,
  createdAt: r.created_at.toISOString(),
});

/** The client of an event, from the AI module's own projection of events. */
export async function eventScopeOf(db: Queryable, orgId: string, eventId: string) {
  const [row] = await db<
    { client_id: string }[]
  >`select client_id from events where org_id = ${orgId} and event_id = ${eventId}`;
  return row;
}
