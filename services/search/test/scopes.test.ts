import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Role } from '@playbook/service-kit/permissions';
import type { Service } from '@playbook/service-kit/service';
import { definition } from '../src/definition.ts';
import { ORG, OTHER_ORG, publishAll, records } from './fixtures.ts';
import { body, createWorld, eventually, type World } from './harness.ts';

/**
 * No query returns a record outside the caller's scopes, for every role at every scope. The
 * expected sets are computed here from the fixture's scopes (not by SQL), and each is checked to be
 * exactly what an empty query returns, so "nothing found" cannot pass for "nothing leaked".
 */
let world: World;
let search: Service;
const tokens: Record<string, string> = {};

type Scope = { clientId?: string; eventId?: string };
const people: [who: string, role: Role, scope: Scope][] = [];
for (const role of ['admin', 'finance', 'producer', 'contributor', 'viewer'] as const) {
  people.push([`${role}-org`, role, {}]);
  people.push([`${role}-client`, role, { clientId: 'client-1' }]);
  people.push([`${role}-event`, role, { clientId: 'client-1', eventId: 'event-a' }]);
}

interface Rec {
  key: string;
  orgId: string;
  clientId: string | null;
  eventId: string | null;
  catalog: boolean;
  clientLevel: boolean;
}
let all: Rec[] = [];

/** The owning modules' rules, stated independently of the SQL. */
function mayRead(scope: Scope | 'none', orgId: string, r: Rec): boolean {
  if (scope === 'none' || r.orgId !== orgId) return false;
  if (r.catalog || !scope.clientId) return true;
  if (!scope.eventId) return r.clientId === scope.clientId;
  if (r.eventId) return r.eventId === scope.eventId;
  return r.clientLevel && r.clientId === scope.clientId;
}

const CRAFTED = [
  'LED wall Chicago',
  "' or 1=1 --",
  "'); drop table documents; --",
  '%',
  '_',
  '*',
  ':*',
  'led:* | globex:*',
  '!led',
  '\\',
  '"quoted"',
  'x'.repeat(200),
  'Brightwall Other',
  'secret',
  'org-other',
  'client-x event-x',
  '<script>alert(1)</script>',
  'Ⅻ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'chicgo',
];

beforeAll(async () => {
  world = await createWorld('search-scopes');
  search = await world.start(definition);
  const upstream = await world.start({ name: 'upstream' });
  const sql = search.sql();
  for (const [who, role, scope] of people) {
    await accessProjection.grant(sql, { grantId: `g-${who}`, principalId: who, role, scope: { orgId: ORG, ...scope } });
    tokens[who] = await world.bearer({ id: who, orgId: ORG });
  }
  await accessProjection.grant(sql, { grantId: 'g-gone', principalId: 'gone', role: 'admin', scope: { orgId: ORG } });
  await accessProjection.deactivate(sql, ORG, 'gone');
  await accessProjection.grant(sql, {
    grantId: 'g-rival',
    principalId: 'rival',
    role: 'admin',
    scope: { orgId: OTHER_ORG },
  });
  tokens.gone = await world.bearer({ id: 'gone', orgId: ORG });
  tokens.rival = await world.bearer({ id: 'rival', orgId: OTHER_ORG });
  // Someone whose only grant is in another organization, presenting a token for this one.
  tokens.forged = await world.bearer({ id: 'rival', orgId: ORG });
  tokens.nobody = await world.bearer({ id: 'nobody', orgId: ORG });
  const facts = records();
  await publishAll(upstream, facts);
  await eventually(
    async () => expect(Number((await sql`select count(*) from documents`)[0]!.count)).toBe(facts.length),
    {
      timeoutMs: 30_000,
    },
  );
  all = (
    await sql<
      {
        doc_type: string;
        doc_id: string;
        org_id: string;
        client_id: string | null;
        event_id: string | null;
        catalog: boolean;
        client_level: boolean;
      }[]
    >`
      select doc_type, doc_id, org_id, client_id, event_id, catalog, client_level from documents`
  ).map((r) => ({
    key: `${r.doc_type}:${r.doc_id}`,
    orgId: r.org_id,
    clientId: r.client_id,
    eventId: r.event_id,
    catalog: r.catalog,
    clientLevel: r.client_level,
  }));
});
afterAll(() => world?.dispose());

async function everything(who: string, query: Record<string, string>) {
  const found: string[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ ...query, limit: '7', ...(cursor ? { cursor } : {}) });
    const res = await search.app.request(`/search?${params}`, { headers: { authorization: tokens[who]! } });
    expect(res.status).toBe(200);
    const page = (await body(res)) as { items: { type: string; id: string }[]; nextCursor: string | null };
    found.push(...page.items.map((i) => `${i.type}:${i.id}`));
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

const callers: [who: string, scope: Scope | 'none', orgId: string][] = [
  ...people.map(([who, , scope]): [string, Scope, string] => [who, scope, ORG]),
  ['gone', 'none', ORG],
  ['nobody', 'none', ORG],
  ['forged', 'none', ORG],
  ['rival', {}, OTHER_ORG],
];

describe.each(callers)('%s', (who, scope, orgId) => {
  it('reads exactly its records with no text, and never more with any crafted text or filter', async () => {
    const allowed = new Set(all.filter((r) => mayRead(scope, orgId, r)).map((r) => r.key));
    expect(new Set(await everything(who, {}))).toEqual(allowed);
    for (const q of CRAFTED) {
      for (const found of await everything(who, { q }))
        expect(allowed, `${who} searching ${q} got ${found}`).toContain(found);
    }
    const filters: Record<string, string>[] = [
      { clientId: 'client-x' },
      { eventId: 'event-x' },
      { clientId: 'client-2' },
      { eventId: 'event-b' },
      { type: 'vendor,rate_card,client,brand_kit,contract' },
    ];
    for (const filter of filters) {
      for (const found of await everything(who, { q: 'led', ...filter })) expect(allowed).toContain(found);
      for (const found of await everything(who, filter)) expect(allowed).toContain(found);
    }
  });
});
