import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientOf, type VisibleOptions, visible } from '@playbook/service-kit/access';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';

/**
 * The list conditions of the access API against a real projection: rows at the organization, a
 * client and events, one of them written before (and with another client than) the scope tree.
 */
const ORG = 'org-access';
let world: TestWorld;
let service: Service;

const rows: [id: string, clientId: string | null, eventId: string | null][] = [
  ['org-row', null, null],
  ['client-1-row', 'client-1', null],
  ['client-2-row', 'client-2', null],
  ['event-a-row', 'client-1', 'event-a'],
  ['event-b-row', 'client-1', 'event-b'],
  // Its publisher named client-2, but the scope tree knows event-c under client-1.
  ['event-c-row', 'client-2', 'event-c'],
];
const own = (ids: string[]) => ids.filter((id) => !id.startsWith('catalog'));

beforeAll(async () => {
  world = await createTestWorld('kit-access');
  service = await world.start({
    name: 'accesstest',
    migrations: async () => [
      {
        id: '0001_rows',
        sql: `create table rows (id text primary key, org_id text not null, client_id text, event_id text,
                                 catalog boolean not null default false)`,
      },
    ],
  });
  const sql = service.sql();
  for (const [id, clientId, eventId] of rows)
    await sql`insert into rows values (${id}, ${ORG}, ${clientId}, ${eventId})`;
  await sql`insert into rows values ('elsewhere', 'org-other', null, null)`;
  await sql`insert into rows values ('catalog-row', ${ORG}, null, null, true), ('catalog-elsewhere', 'org-other', null, null, true)`;
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-a');
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-c');
  const grant = (principalId: string, scope: { clientId?: string; eventId?: string }) =>
    accessProjection.grant(sql, {
      grantId: `g-${principalId}`,
      principalId,
      role: 'viewer',
      scope: { orgId: ORG, ...scope },
    });
  await grant('org-wide', {});
  await grant('client-one', { clientId: 'client-1' });
  await grant('event-a', { clientId: 'client-1', eventId: 'event-a' });
  await grant('gone', {});
  await accessProjection.deactivate(sql, ORG, 'gone');
});
afterAll(() => world?.dispose());

const seen = async (who: string, options: VisibleOptions = {}) => {
  const sql = service.sql();
  const found = await sql<{ id: string }[]>`
    select r.id from rows r where ${visible(sql, { id: who, orgId: ORG }, options)} order by r.id`;
  return found.map((r) => r.id);
};

describe('visible', () => {
  it('gives an org grant everything of its org, and organization-level rows to nobody else', async () => {
    expect(own(await seen('org-wide'))).toEqual(rows.map(([id]) => id).sort());
    expect(await seen('client-one')).not.toContain('org-row');
    expect(await seen('event-a')).not.toContain('org-row');
    expect(await seen('gone')).toEqual([]);
  });

  it('gives a client grant its client and its events (by the row’s own client), an event grant its event only', async () => {
    expect(await seen('client-one')).toEqual(['client-1-row', 'event-a-row', 'event-b-row']);
    expect(await seen('event-a')).toEqual(['event-a-row']);
    expect(await seen('event-a')).not.toContain('catalog-row');
  });

  it('with clientFromTree, takes an event’s client from the scope tree, falling back to the row’s own', async () => {
    expect(own(await seen('client-one', { clientFromTree: true }))).toEqual([
      'client-1-row',
      'event-a-row',
      'event-b-row',
      'event-c-row',
    ]);
  });

  it('with clientThroughEventGrants and eventId null, shows a client through a grant on one of its events', async () => {
    const clientsOnly = { eventId: null, clientThroughEventGrants: true } as const;
    const clientRows = (ids: string[]) => ids.filter((id) => id.startsWith('client-'));
    expect(clientRows(await seen('event-a', clientsOnly))).toEqual(['client-1-row']);
    expect(clientRows(await seen('event-a', { eventId: null }))).toEqual([]);
    expect(clientRows(await seen('client-one', clientsOnly))).toEqual(['client-1-row']);
    expect(clientRows(await seen('org-wide', clientsOnly))).toEqual(['client-1-row', 'client-2-row']);
  });
});

describe('visible with per-row options', () => {
  it('with orgWide, shows org-level catalog rows to any grant of the org and never to a deactivated reader or another org', async () => {
    const sql = service.sql();
    const catalog = { orgWide: sql`r.catalog` };
    expect(await seen('event-a', catalog)).toEqual(['catalog-row', 'event-a-row']);
    expect(await seen('client-one', catalog)).toEqual(['catalog-row', 'client-1-row', 'event-a-row', 'event-b-row']);
    expect(await seen('gone', catalog)).toEqual([]);
    expect(await seen('nobody', catalog)).toEqual([]);
    expect(await seen('event-a', { orgWide: true })).toEqual(['catalog-row', ...rows.map(([id]) => id)].sort());
  });

  it('with a clientThroughEventGrants fragment, opens client rows to event grants only where it holds', async () => {
    const sql = service.sql();
    const only = (id: string) => ({ eventId: null, clientThroughEventGrants: sql`r.id = ${id}` });
    expect(own(await seen('event-a', only('client-1-row')))).toEqual(['client-1-row']);
    expect(own(await seen('event-a', only('client-2-row')))).toEqual([]);
    expect(own(await seen('client-one', only('nothing')))).toEqual(['client-1-row', 'event-a-row', 'event-b-row']);
  });
});

describe('clientOf', () => {
  it('is the row’s own client, or with clientFromTree the scope tree’s client of its event', async () => {
    const sql = service.sql();
    const of = async (options: Parameters<typeof clientOf>[1]) =>
      Object.fromEntries(
        (
          await sql<{ id: string; client: string | null }[]>`
            select r.id, ${clientOf(sql, options)} as client from rows r where r.org_id = ${ORG}`
        ).map((r) => [r.id, r.client]),
      );
    expect(await of({})).toMatchObject({ 'event-c-row': 'client-2', 'org-row': null });
    expect(await of({ clientFromTree: true })).toMatchObject({
      'event-c-row': 'client-1',
      'event-b-row': 'client-1',
      'client-2-row': 'client-2',
      'org-row': null,
    });
  });
});
