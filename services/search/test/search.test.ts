import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { definition } from '../src/definition.ts';
import { ORG, publishAll, records, vendor } from './fixtures.ts';
import { body, createWorld, eventually, type World } from './harness.ts';

let world: World;
let search: Service;
let upstream: Service;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  world = await createWorld('search');
  search = await world.start(definition);
  upstream = await world.start({ name: 'upstream' });
  const sql = search.sql();
  await accessProjection.grant(sql, { grantId: 'g-ada', principalId: 'ada', role: 'admin', scope: { orgId: ORG } });
  await accessProjection.grant(sql, {
    grantId: 'g-pat',
    principalId: 'pat',
    role: 'producer',
    scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
  });
  for (const who of ['ada', 'pat']) tokens[who] = await world.bearer({ id: who, orgId: ORG });
  const facts = records();
  await publishAll(upstream, facts);
  await eventually(async () => expect(await indexed()).toBe(facts.length), { timeoutMs: 30_000 });
});
afterAll(() => world?.dispose());

// Every fact of the fixture creates one record.
const indexed = async () => Number((await search.sql()`select count(*) from documents`)[0]!.count);

async function find(who: string, query: Record<string, string | number>) {
  const res = await search.app.request(
    `/search?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]))}`,
    {
      headers: { authorization: tokens[who]! },
    },
  );
  expect(res.status).toBe(200);
  return body(res) as Promise<{ items: any[]; nextCursor: string | null; facets: Record<string, number> }>;
}
const ids = async (who: string, query: Record<string, string | number>) =>
  (await find(who, { limit: 100, ...query })).items.map((i) => `${i.type}:${i.id}`);

describe('free text', () => {
  it('finds the LED wall for the Chicago summit across modules, ranked, highlighted, with facets', async () => {
    const page = await find('pat', { q: 'LED wall Chicago' });
    const found = page.items.map((i) => `${i.type}:${i.id}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'engagement:eng-a',
        'purchase_order:po-a',
        'bom_line:line-a',
        'work_item:wi-a',
        'approval:apr-a',
      ]),
    );
    expect(found).not.toContain('engagement:eng-c');
    expect(found).not.toContain('engagement:eng-x');
    expect(page.items.map((i) => i.score)).toEqual([...page.items.map((i) => i.score)].sort((a, b) => b - a));
    const engagement = page.items.find((i) => i.id === 'eng-a');
    expect(engagement).toMatchObject({
      status: 'active',
      eventId: 'event-a',
      context: { vendor: 'Brightwall Displays' },
    });
    expect(engagement.highlight).toMatch(/<mark>LED<\/mark> <mark>wall<\/mark>/i);
    expect(page.facets).toMatchObject({ engagement: 1, purchase_order: 1, bom_line: 1 });
    expect(await ids('ada', { q: 'LED wall Chicago' })).toEqual(
      expect.arrayContaining(['engagement:eng-a', 'engagement:eng-c']),
    );
    expect(await ids('ada', { q: 'LED wall Chicago' })).not.toContain('engagement:eng-b');
  });

  it('matches by prefix and tolerates typos', async () => {
    expect(await ids('ada', { q: 'brigh', type: 'vendor' })).toEqual(['vendor:v-2', 'vendor:v-1'].sort());
    expect(await ids('ada', { q: 'Brightwal Displys', type: 'vendor' })).toEqual(['vendor:v-1']);
    expect(await ids('pat', { q: 'Chicgo summit', type: 'event' })).toEqual(['event:event-a']);
  });
});

describe('filters and pages', () => {
  it('filters by type, client, event, status and date range', async () => {
    expect(await ids('ada', { q: 'led', type: 'engagement,purchase_order', eventId: 'event-a' })).toEqual(
      ['engagement:eng-a', 'purchase_order:po-a'].sort(),
    );
    expect(await ids('ada', { type: 'engagement', clientId: 'client-2' })).toEqual(['engagement:eng-c']);
    expect(await ids('ada', { type: 'event', status: 'planning', from: '2030-05-11', to: '2030-06-30' })).toEqual([
      'event:event-c',
    ]);
    const facets = (await find('ada', { q: 'led', type: 'vendor' })).facets;
    expect(facets.engagement).toBe(3);
  });

  it('pages by keyset through every readable record without repeats, in rank order', async () => {
    for (const q of ['', 'led wall']) {
      const all = await ids('ada', q ? { q } : {});
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await find('ada', { ...(q ? { q } : {}), limit: 3, ...(cursor ? { cursor } : {}) });
        paged.push(...page.items.map((i) => `${i.type}:${i.id}`));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged).toEqual(all);
      expect(new Set(paged).size).toBe(paged.length);
    }
  });

  it('answers a caller’s mistake with problem+json, never a 500', async () => {
    for (const query of [
      'type=everything',
      'cursor=bm90LWEtY3Vyc29y',
      `q=${'x'.repeat(5000)}`,
      'from=yesterday',
      'limit=0',
    ]) {
      const res = await search.app.request(`/search?${query}`, { headers: { authorization: tokens.ada! } });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });
});

describe('updates and deletions flow through', () => {
  it('finds a renamed vendor by its new name, also on the records that name it', async () => {
    await publishAll(upstream, [vendor(ORG, 'v-1', 'Lumen Screens', 'vendors.VendorUpdated')]);
    await eventually(async () => expect(await ids('ada', { q: 'lumen', type: 'vendor' })).toEqual(['vendor:v-1']));
    expect(await ids('ada', { q: 'brightwall', type: 'vendor' })).not.toContain('vendor:v-1');
    expect(await ids('pat', { q: 'lumen led', type: 'engagement' })).toEqual(['engagement:eng-a']);
  });

  it('shows a cancelled engagement as cancelled, and a removed BOM line no more', async () => {
    await publishAll(upstream, [
      {
        type: 'vendors.EngagementCancelled',
        key: 'eng-a',
        scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
        payload: { engagementId: 'eng-a', vendorId: 'v-1', eventId: 'event-a', reason: 'venue moved' },
      },
      {
        type: 'budget.BomLineRemoved',
        key: 'bud-a',
        scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
        payload: {
          lineId: 'line-b',
          budgetId: 'bud-a',
          eventId: 'event-a',
          clientId: 'client-1',
          plannedMinor: 100,
          currency: 'USD',
          reason: null,
          removedBy: 'pat',
        },
      },
    ]);
    await eventually(async () =>
      expect((await find('pat', { q: 'led wall', type: 'engagement' })).items[0]?.status).toBe('cancelled'),
    );
    await eventually(async () => expect(await ids('pat', { q: 'risers' })).toEqual([]));
    expect(await ids('pat', { status: 'cancelled' })).toEqual(['engagement:eng-a']);
  });

  it('removes access at once when a grant is revoked', async () => {
    expect((await ids('pat', {})).length).toBeGreaterThan(5);
    await accessProjection.revoke(search.sql(), 'g-pat');
    expect(await ids('pat', {})).toEqual([]);
    expect(await ids('pat', { q: 'led wall chicago' })).toEqual([]);
  });
});

describe('heads-ups from the AI orchestrator', () => {
  // Pat's grant was revoked above: a grant at another event shows the heads-up is scoped to its event.
  it('finds a heads-up for those who read its event, not others, and follows its answer', async () => {
    await accessProjection.grant(search.sql(), {
      grantId: 'g-pat-b',
      principalId: 'pat-b',
      role: 'producer',
      scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-b' },
    });
    tokens['pat-b'] = await world.bearer({ id: 'pat-b', orgId: ORG });
    const place = { eventId: 'event-a', clientId: 'client-1' };
    const scope = { orgId: ORG, ...place };
    await publishAll(upstream, [
      {
        type: 'ai.HeadsUpRaised',
        key: 'hu-1',
        scope,
        payload: {
          headsUpId: 'hu-1',
          rule: 'rate-above-rate-card',
          subjectType: 'engagement',
          subjectId: 'eng-a',
          window: 'engagement',
          ...place,
          severity: 'warning',
          title: 'Brightwall Displays engaged above its rate card',
          citations: [],
          commentary: [],
          runId: 'run-1',
        },
      },
    ]);
    await eventually(async () => expect(await ids('ada', { q: 'above rate card' })).toContain('heads_up:hu-1'));
    expect(await ids('pat-b', { q: 'above rate card' })).not.toContain('heads_up:hu-1');
    await publishAll(upstream, [
      {
        type: 'ai.HeadsUpPushedBack',
        key: 'hu-1',
        scope,
        payload: { headsUpId: 'hu-1', rule: 'rate-above-rate-card', ...place, pushedBackBy: 'pat', reason: 'agreed' },
      },
    ]);
    await eventually(async () => {
      const hit = (await find('ada', { q: 'above rate card', type: 'heads_up' })).items.find((i) => i.id === 'hu-1');
      expect(hit?.status).toBe('pushed_back');
    });
  });
});
