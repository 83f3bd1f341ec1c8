import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { notFound } from '@playbook/service-kit/problem';
import type { Provider } from '../domain/rules-provider.ts';
import { replayRun } from './replay.ts';
import { askScope } from './ask.commands.ts';
import { executeRun } from './runs.commands.ts';
import type { CreateRoute, GetOneRoute, ListRoute, ReplayRoute } from './runs.routes.ts';
import { findRun, listReadableRuns, toRun } from './runs.store.ts';

const scopeOf = (r: { org_id: string; client_id: string | null; event_id: string | null }) => ({
  orgId: r.org_id,
  ...(r.client_id ? { clientId: r.client_id } : {}),
  ...(r.event_id ? { eventId: r.event_id } : {}),
});

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const q = c.req.valid('query');
  if (q.eventId) await c.var.authorize('records.read', { orgId: c.var.principal.orgId, eventId: q.eventId });
  const rows = await listReadableRuns(c.var.sql, c.var.principal, { ...q, afterSeq: afterSeq(q.cursor) });
  return c.json(toPage(rows, q.limit, toRun), 200);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const row = await findRun(c.var.sql, c.req.valid('param').runId);
  if (!row || row.org_id !== c.var.principal.orgId) throw notFound('The run', 'AI.RUN_NOT_FOUND');
  await c.var.authorize('records.read', scopeOf(row));
  return c.json(toRun(row), 200);
};

export const replay: AppRouteHandler<ReplayRoute> = async (c) => {
  const row = await findRun(c.var.sql, c.req.valid('param').runId);
  if (!row || row.org_id !== c.var.principal.orgId) throw notFound('The run', 'AI.RUN_NOT_FOUND');
  await c.var.authorize('records.read', scopeOf(row));
  return c.json({ runId: row.run_id, ...(await replayRun(row)) }, 200);
};

/** Asking is reading: records.read at the subject's scope (a vendor's is the organization). */
export const create =
  (provider: Provider): AppRouteHandler<CreateRoute> =>
  async (c) => {
    const body = c.req.valid('json');
    const orgId = c.var.principal.orgId;
    const scope = await askScope(c.var.sql, orgId, body.subjectType, body.subjectId);
    await c.var.authorize('records.read', { orgId, ...scope });
    return command(c, async ({ tx, publisher, cause }) => {
      const runId = cause.messageIdFor('ai.AiRunCompleted', 0);
      const task = {
        task: 'ask' as const,
        subjectType: body.subjectType,
        subjectId: body.subjectId,
        question: body.question ?? null,
      };
      const ctx = {
        runId,
        orgId,
        clientId: scope.clientId ?? null,
        eventId: scope.eventId ?? null,
        correlationId: cause.correlationId,
        trigger: { kind: 'request' as const, ref: cause.causationId ?? runId },
      };
      const run = await executeRun(tx, publisher, ctx, task, provider);
      return { status: 201 as const, body: toRun(run) };
    });
  };
