import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { knownConnector } from '../connectors/connectors.commands.ts';
import { parseInstant } from '../domain/window.ts';
import { requestWindow } from './windows.commands.ts';
import type { ListRoute, SyncRoute } from './windows.routes.ts';
import { listWindows, toWindow } from './windows.store.ts';

/** Only an admin asks a connector for data (the catalog: "manage … connectors"). */
export const sync: AppRouteHandler<SyncRoute> = async (c) => {
  const { orgId, id } = c.var.principal;
  await c.var.authorize('connectors.manage', { orgId });
  const { system } = c.req.valid('param');
  const input = c.req.valid('json');
  const window = { from: parseInstant(input.from)!, to: parseInstant(input.to)! };
  return command(c, async ({ tx, publisher }) => {
    const asked = await requestWindow(
      tx,
      publisher,
      { orgId, system, dataset: input.dataset, window, requestedBy: id, requestedKind: 'user' },
      Date.now(),
    );
    return asked.created
      ? { status: 202 as const, body: toWindow(asked.window) }
      : { status: 200 as const, body: toWindow(asked.window) };
  });
};

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const { orgId } = c.var.principal;
  await c.var.authorize('records.read', { orgId });
  const info = knownConnector(c.req.valid('param').system);
  const q = c.req.valid('query');
  const rows = await listWindows(c.var.sql, orgId, info.system, {
    dataset: q.dataset,
    status: q.status,
    from: q.from === undefined ? undefined : parseInstant(q.from),
    to: q.to === undefined ? undefined : parseInstant(q.to),
    afterSeq: afterSeq(q.cursor),
    limit: q.limit,
  });
  return c.json(toPage(rows, q.limit, toWindow), 200);
};
