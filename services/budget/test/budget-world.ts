import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { EventInput, EventType } from '@playbook/bus/envelope';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import type { Role } from '@playbook/service-kit/permissions';
import { eventually } from '@playbook/testing/eventually';
import { definition } from '../src/definition.ts';
import { body, createWorld, publishThrough, type World } from './harness.ts';

export const ORG = 'org-budget';
export const SCOPE_A = { orgId: ORG, clientId: 'client-1', eventId: 'event-a' };
export const PEOPLE = ['admin', 'producer-a', 'producer-b', 'viewer-a', 'contributor-a'] as const;
type Person = (typeof PEOPLE)[number];

const GRANTS: [Person, Role, string | null][] = [
  ['admin', 'admin', null],
  ['producer-a', 'producer', 'event-a'],
  ['producer-b', 'producer', 'event-b'],
  ['viewer-a', 'viewer', 'event-a'],
  ['contributor-a', 'contributor', 'event-a'],
];

/**
 * The budget module on the real bus and database, with stand-ins for events and spend that publish
 * real facts through their outboxes, and five people with grants at the organization or one event.
 */
export async function startBudgetWorld(prefix: string) {
  const world: World = await createWorld(prefix);
  const events = await world.start({ name: 'events' });
  const spend = await world.start({ name: 'spend' });
  let budget = await world.start(definition);
  const sql = () => budget.sql();
  await accessProjection.recordClient(sql(), ORG, 'client-1');
  for (const eventId of ['event-a', 'event-b']) await accessProjection.recordEvent(sql(), ORG, 'client-1', eventId);
  for (const [who, role, eventId] of GRANTS) {
    const scope = { orgId: ORG, clientId: eventId ? 'client-1' : null, eventId };
    await accessProjection.grant(sql(), { grantId: `g-${who}`, principalId: who, role, scope });
  }
  const tokens = Object.fromEntries(
    await Promise.all(PEOPLE.map(async (id) => [id, await world.bearer({ id, orgId: ORG })])),
  ) as Record<Person, string>;

  const request = (
    method: string,
    path: string,
    who: Person,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    budget.app.request(path, {
      method,
      headers: {
        authorization: tokens[who],
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
  /** Waits until budget's consumer has handled that message (its inbox row). */
  const handled = (consumer: string, messageId: string) =>
    eventually(
      async () => {
        const rows = await sql()`select 1 from inbox where consumer = ${consumer} and message_id = ${messageId}`;
        expect(rows).toHaveLength(1);
      },
      { timeoutMs: 30_000 },
    );
  const fromSpend = <T extends EventType>(input: Omit<EventInput<T>, 'scope'>, scope = SCOPE_A) =>
    publishThrough(spend, { ...input, scope } as EventInput<T>, 'fin-1');
  const readBudget = async (eventId = 'event-a') => body(await request('GET', `/events/${eventId}/budget`, 'admin'));
  const outbox = (type?: string) =>
    sql()<{ type: string; payload: any }[]>`
      select type, payload from outbox ${type ? sql()`where type = ${type}` : sql()``} order by seq`;

  return {
    world,
    events,
    spend,
    budget: () => budget,
    sql,
    request,
    handled,
    fromSpend,
    readBudget,
    outbox,
    async restart() {
      budget = await world.start(definition);
    },
    announceEvent: (eventId: string) =>
      publishThrough(events, {
        type: 'events.EventCreated',
        key: eventId,
        scope: { orgId: ORG, clientId: 'client-1', eventId },
        payload: {
          eventId,
          clientId: 'client-1',
          name: `Summit ${eventId}`,
          startsOn: '2027-03-10',
          endsOn: '2027-03-12',
          timezone: 'America/Chicago',
          status: 'planning',
        },
      }),
    newId: () => randomUUID(),
  };
}
export type BudgetWorld = Awaited<ReturnType<typeof startBudgetWorld>>;
export { body, eventually };
export type { Service };
