import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { z } from '@hono/zod-openapi';
import type { AppEnv, AppRouteHandler } from '@playbook/service-kit/app-env';
import { clientScope } from '@playbook/service-kit/access';
import { command } from '@playbook/service-kit/command';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { notFound } from '@playbook/service-kit/problem';
import { findEvent, findVendor } from '../projections/projections.store.ts';
import { draftContract } from './contracts.commands.ts';
import type {
  AmendRoute,
  CreateRoute,
  GetOneRoute,
  ListRoute,
  SendRoute,
  SignRoute,
  TerminateRoute,
} from './contracts.routes.ts';
import type { draftInput } from './contracts.schemas.ts';
import { findContract, listReadable } from './contracts.store.ts';
import { scopeOf, toContract } from './contracts.view.ts';
import { amend as amendContract, CONTRACT_NOT_FOUND, terminate as terminateContract } from './lifecycle.commands.ts';
import { sendForSignature, sign as signContract } from './signing.commands.ts';

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const q = c.req.valid('query');
  const orgId = c.var.principal.orgId;
  // Asking for an event one may not read is refused; a client filter only narrows what one may read
  // (a producer on one event of the client sees that event's SOWs, not the client's MSAs).
  if (q.eventId) await c.var.authorize('records.read', { orgId, eventId: q.eventId });
  const rows = await listReadable(c.var.sql, c.var.principal, { ...q, afterSeq: afterSeq(q.cursor) });
  return c.json(toPage(rows, q.limit, toContract), 200);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const row = await findContract(c.var.sql, c.req.valid('param').contractId);
  if (!row || row.org_id !== c.var.principal.orgId) throw notFound('The contract', CONTRACT_NOT_FOUND);
  await c.var.authorize('records.read', scopeOf(row));
  return c.json(toContract(row), 200);
};

/** Where a new contract sits and its dates: an MSA at its client, a SOW at its event (client and dates from the event). */
async function placeDraft(c: Context<AppEnv>, input: z.infer<typeof draftInput>) {
  const orgId = c.var.principal.orgId;
  if (input.kind === 'MSA') {
    const client = await clientScope(c.var.sql, input.clientId!);
    if (client?.orgId !== orgId) throw notFound('The client (not yet known to contracts)', 'CONTRACTS.CLIENT_UNKNOWN');
    return {
      scope: { orgId, clientId: input.clientId!, eventId: null },
      startsOn: input.startsOn!,
      endsOn: input.endsOn ?? null,
    };
  }
  const event = await findEvent(c.var.sql, orgId, input.eventId!);
  if (!event) throw notFound('The event (not yet known to contracts)', 'CONTRACTS.EVENT_UNKNOWN');
  const scope = { orgId, clientId: event.client_id, eventId: event.event_id };
  return { scope, startsOn: input.startsOn ?? event.starts_on, endsOn: input.endsOn ?? event.ends_on };
}

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const input = c.req.valid('json');
  const place = await placeDraft(c, input);
  await c.var.authorize('contracts.manage', place.scope);
  const vendor = await findVendor(c.var.sql, place.scope.orgId, input.vendorId);
  if (!vendor) throw notFound('The vendor (not yet known to contracts)', 'CONTRACTS.VENDOR_UNKNOWN');
  return command(c, async ({ tx, publisher, cause }) => {
    const row = await draftContract(tx, publisher, {
      contractId: randomUUID(),
      kind: input.kind,
      ...place.scope,
      vendorId: vendor.vendor_id,
      vendorName: vendor.name,
      title: input.title,
      valueMinor: input.valueMinor ?? null,
      currency: input.currency ?? null,
      startsOn: place.startsOn,
      endsOn: place.endsOn,
      parentContractId: input.parentContractId,
      engagementId: null,
      signatories: input.signatories ?? [],
      draftedBy: c.var.principal.id,
      correlationId: cause.correlationId,
    });
    return { status: 201 as const, body: toContract(row!) };
  });
};

/** The contract named in the path, for a change by someone who may manage contracts at its scope. */
async function manageable(c: Context<AppEnv>, contractId: string) {
  const row = await findContract(c.var.sql, contractId);
  if (!row || row.org_id !== c.var.principal.orgId) throw notFound('The contract', CONTRACT_NOT_FOUND);
  await c.var.authorize('contracts.manage', scopeOf(row));
  return row.contract_id;
}

/** An optional JSON body: absent (no content type) reads as {}. */
const optionalBody = <T extends object>(c: Context<AppEnv>, read: () => T): Partial<T> =>
  c.req.header('content-type')?.includes('json') ? read() : {};

export const send: AppRouteHandler<SendRoute> = async (c) => {
  const id = await manageable(c, c.req.valid('param').contractId);
  const input = optionalBody(c, () => c.req.valid('json'));
  return command(c, async ({ tx, publisher }) => {
    const row = await sendForSignature(tx, publisher, id, input, c.var.principal.id);
    return { status: 200 as const, body: toContract(row) };
  });
};

export const sign: AppRouteHandler<SignRoute> = async (c) => {
  const id = await manageable(c, c.req.valid('param').contractId);
  const input = c.req.valid('json');
  return command(c, async ({ tx, publisher }) => {
    const row = await signContract(tx, publisher, id, input, c.var.principal.id);
    return { status: 200 as const, body: toContract(row) };
  });
};

export const amend: AppRouteHandler<AmendRoute> = async (c) => {
  const id = await manageable(c, c.req.valid('param').contractId);
  const input = c.req.valid('json');
  return command(c, async ({ tx, publisher }) => {
    const row = await amendContract(tx, publisher, id, input, c.var.principal.id);
    return { status: 200 as const, body: toContract(row) };
  });
};

export const terminate: AppRouteHandler<TerminateRoute> = async (c) => {
  const id = await manageable(c, c.req.valid('param').contractId);
  const input = optionalBody(c, () => c.req.valid('json'));
  return command(c, async ({ tx, publisher }) => {
    const row = await terminateContract(tx, publisher, id, input, c.var.principal.id);
    return { status: 200 as const, body: toContract(row) };
  });
};
