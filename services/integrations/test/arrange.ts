import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { createTestWorld } from '@playbook/testing/world';
import { expect } from 'vitest';
import { integrationsDefinition } from '../src/definition.ts';

export const ORG = 'org-integrations';
export const PEOPLE = ['admin', 'finance', 'producer', 'admin-at-event'] as const;
export type Person = (typeof PEOPLE)[number];

/**
 * A world with integrations (its own schedule asleep: tests run passes at their own clock) and
 * stand-ins publishing through their outboxes onto the connectors' real topics: Ramp, Slack, NetSuite.
 */
export async function arrange(prefix: string) {
  const world = await createTestWorld(prefix);
  const integrations = await world.start(integrationsDefinition({ env: { INTEGRATIONS_SCHEDULE_MS: '3600000' } }));
  const ramp = await world.start({ name: 'integrations.ramp' });
  const slack = await world.start({ name: 'integrations.slack' });
  const netsuite = await world.start({ name: 'integrations.netsuite' });
  const sql = integrations.sql();
  await accessProjection.recordClient(sql, ORG, 'client-1');
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-a');
  const grant = (principalId: Person, role: 'admin' | 'finance' | 'producer', eventId?: string) =>
    accessProjection.grant(sql, {
      grantId: `g-${principalId}`,
      principalId,
      role,
      scope: { orgId: ORG, ...(eventId ? { clientId: 'client-1', eventId } : {}) },
    });
  await grant('admin', 'admin');
  await grant('finance', 'finance');
  await grant('producer', 'producer', 'event-a');
  await grant('admin-at-event', 'admin', 'event-a');
  const tokens = {} as Record<Person, string>;
  for (const id of PEOPLE) tokens[id] = await world.bearer({ id, orgId: ORG });

  const request = (
    method: string,
    path: string,
    who: Person,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    integrations.app.request(path, {
      method,
      headers: {
        authorization: tokens[who],
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
  const outbox = (type?: string) =>
    sql<{ key: string; payload: any }[]>`
      select key, payload from outbox where (${type ?? null}::text is null or type = ${type ?? null}) order by seq`;
  const handled = (messageId: string) =>
    eventually(
      async () => {
        const rows = await sql`select 1 from inbox where message_id = ${messageId}`;
        expect(rows).toHaveLength(1);
      },
      { timeoutMs: 30_000 },
    );
  return { world, integrations, ramp, slack, netsuite, tokens, request, outbox, handled };
}

export type Arranged = Awaited<ReturnType<typeof arrange>>;
export type { Service };
