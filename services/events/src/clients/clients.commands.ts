import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { accessProjection } from '@playbook/service-kit/access-projection';
import { conflict, notFound } from '@playbook/service-kit/problem';
import { type ClientRow, findClient, insertClient, renameClient as rename } from './clients.store.ts';

const nameTaken = (name: string) =>
  conflict(`A client named ${name} already exists in this organization.`, 'EVENTS.CLIENT_NAME_TAKEN');
const uniqueName = { name: 'client-name-unique-per-organization', parameters: { caseSensitive: 'false' } };

/** Adds a client and publishes ClientCreated; a name the organization uses already (any case) is a 409. */
export async function createClient(
  tx: Tx,
  publisher: Publisher,
  c: { orgId: string; clientId: string; name: string },
): Promise<ClientRow> {
  if (!(await insertClient(tx, c))) throw nameTaken(c.name);
  // The owner of the scope tree applies its own fact at once, so the creator can act on it
  // immediately; the copy consumed from Kafka later is an idempotent no-op.
  await accessProjection.recordClient(tx, c.orgId, c.clientId);
  await publisher.publish({
    type: 'events.ClientCreated',
    key: c.clientId,
    scope: { orgId: c.orgId, clientId: c.clientId },
    payload: { clientId: c.clientId, name: c.name },
    counts: { affected: 1 },
    rules: [uniqueName],
  });
  return (await findClient(tx, c.orgId, c.clientId))!;
}

/** Renames a client of the organization and publishes ClientUpdated. */
export async function renameClient(
  tx: Tx,
  publisher: Publisher,
  c: { orgId: string; clientId: string; name: string },
): Promise<ClientRow> {
  if (!(await findClient(tx, c.orgId, c.clientId))) throw notFound(`Client ${c.clientId}`, 'EVENTS.CLIENT_NOT_FOUND');
  if (!(await rename(tx, c.clientId, c.name))) throw nameTaken(c.name);
  await publisher.publish({
    type: 'events.ClientUpdated',
    key: c.clientId,
    scope: { orgId: c.orgId, clientId: c.clientId },
    payload: { clientId: c.clientId, name: c.name },
    counts: { affected: 1 },
    rules: [uniqueName],
  });
  return (await findClient(tx, c.orgId, c.clientId))!;
}
