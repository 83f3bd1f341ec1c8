import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import type { ListRoute } from './insights.routes.ts';
import { listReadableInsights, toInsight } from './insights.store.ts';

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const q = c.req.valid('query');
  const rows = await listReadableInsights(c.var.sql, c.var.principal, { ...q, afterSeq: afterSeq(q.cursor) });
  return c.json(toPage(rows, q.limit, toInsight), 200);
};
