import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { expect } from 'vitest';
import { workDefinition } from '../src/definition.ts';
import { body, createWorld, publishThrough, type World } from './harness.ts';

export const ORG = 'org-work';
export const PEOPLE = ['admin', 'producer-a', 'contributor-a', 'viewer-a', 'producer-b'] as const;
export type Person = (typeof PEOPLE)[number];

/**
 * A world with work (its own overdue worker asleep: tests run passes at their own clock) and two
 * stand-ins publishing real events through their outboxes: `events` and `approvals`.
 */
export async function arrange(prefix: string) {
  const world: World = await createWorld(prefix);
  // Mutable: a test may restart work; every helper reads the current one.
  const live = {
    work: await world.start(workDefinition({ overdueCheckMs: 3_600_000 })),
    events: await world.start({ name: 'events' }),
    approvals: await world.start({ name: 'approvals' }),
  };
  const sql = live.work.sql();
  await accessProjection.recordClient(sql, ORG, 'client-1');
  for (const eventId of ['event-a', 'event-b']) await accessProjection.recordEvent(sql, ORG, 'client-1', eventId);
  const grant = (principalId: Person, role: 'admin' | 'producer' | 'contributor' | 'viewer', eventId?: string) =>
    accessProjection.grant(sql, { grantId: `g-${principalId}`, principalId, role, scope: { orgId: ORG, eventId } });
  await grant('admin', 'admin');
  await grant('producer-a', 'producer', 'event-a');
  await grant('contributor-a', 'contributor', 'event-a');
  await grant('viewer-a', 'viewer', 'event-a');
  await grant('producer-b', 'producer', 'event-b');
  const tokens = {} as Record<Person, string>;
  for (const id of PEOPLE) tokens[id] = await world.bearer({ id, orgId: ORG });

  const request = (method: string, path: string, who: Person, payload?: unknown) =>
    live.work.app.request(path, {
      method,
      headers: {
        authorization: tokens[who],
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
  const outbox = (type: string) =>
    live.work.sql()<{ key: string; payload: any }[]>`select key, payload from outbox where type = ${type} order by seq`;
  const outboxSize = async () => Number((await live.work.sql()`select count(*)::int as n from outbox`)[0]!.n);
  const handled = (consumer: string, messageId: string) =>
    eventually(
      async () => {
        const rows =
          await live.work.sql()`select 1 from inbox where consumer = ${consumer} and message_id = ${messageId}`;
        expect(rows).toHaveLength(1);
      },
      { timeoutMs: 30_000 },
    );
  const itemsOf = async (eventId: string, who: Person = 'admin') =>
    (await body(await request('GET', `/work-items?eventId=${eventId}&limit=100`, who))).items as any[];
  const eventCreated = (eventId: string, dates = { startsOn: '2027-03-10', endsOn: '2027-03-12' }) =>
    publishThrough(
      live.events,
      {
        type: 'events.EventCreated',
        key: eventId,
        scope: { orgId: ORG, clientId: 'client-1', eventId },
        payload: {
          eventId,
          clientId: 'client-1',
          name: 'Summit',
          ...dates,
          timezone: 'America/Chicago',
          venue: null,
          status: 'draft',
        },
      },
      'admin',
    );
  return Object.assign(live, { world, tokens, request, outbox, outboxSize, handled, itemsOf, eventCreated });
}

export type Arranged = Awaited<ReturnType<typeof arrange>>;
export type { Service };
