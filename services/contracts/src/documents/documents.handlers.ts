import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { notFound } from '@playbook/service-kit/problem';
import { findContract } from '../contracts/contracts.store.ts';
import { scopeOf } from '../contracts/contracts.view.ts';
import { CONTRACT_NOT_FOUND } from '../contracts/lifecycle.commands.ts';
import { storeDocument } from './documents.commands.ts';
import type { CreateRoute, ListRoute } from './documents.routes.ts';
import { listDocuments, toDocument } from './documents.store.ts';

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const q = c.req.valid('query');
  const contract = await findContract(c.var.sql, c.req.valid('param').contractId);
  if (!contract || contract.org_id !== c.var.principal.orgId) throw notFound('The contract', CONTRACT_NOT_FOUND);
  await c.var.authorize('records.read', scopeOf(contract));
  const rows = await listDocuments(c.var.sql, contract.contract_id, afterSeq(q.cursor), q.limit);
  return c.json(toPage(rows, q.limit, toDocument), 200);
};

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const contract = await findContract(c.var.sql, c.req.valid('param').contractId);
  if (!contract || contract.org_id !== c.var.principal.orgId) throw notFound('The contract', CONTRACT_NOT_FOUND);
  await c.var.authorize('contracts.manage', scopeOf(contract));
  const input = c.req.valid('json');
  return command(c, async ({ tx, publisher }) => {
    const row = await storeDocument(tx, publisher, contract.contract_id, input, c.var.principal.id);
    return { status: 201 as const, body: toDocument(row) };
  });
};
