import { describe, expect, it } from 'vitest';
import type { RampApiTransaction } from '../src/ramp-api.ts';
import { generatedSource, rampSandbox } from '../src/sandbox/sandbox.ts';
import { seedTransactions } from '../src/sandbox/seed.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-02-01T00:00:00Z');
const TAGS = [{ eventId: 'event-a', bomLineId: 'line-1' }, { eventId: 'event-b' }];

async function token(app: ReturnType<typeof rampSandbox>['app']) {
  const res = await app.request('/developer/v1/token', {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('sandbox-client:sandbox-secret-change-me').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials&scope=transactions:read',
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

/** Every page of a window, following page.next; returns the ids and the page sizes seen. */
async function readWindow(sandbox: ReturnType<typeof rampSandbox>, from: number, to: number, pageSize?: number) {
  const bearer = `Bearer ${await token(sandbox.app)}`;
  const query = new URLSearchParams({ from_date: new Date(from).toISOString(), to_date: new Date(to).toISOString() });
  if (pageSize) query.set('page_size', String(pageSize));
  let next: string | null = `http://sandbox/developer/v1/transactions?${query}`;
  const ids: string[] = [];
  const sizes: number[] = [];
  while (next) {
    const res = await sandbox.app.request(next, { headers: { authorization: bearer } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: RampApiTransaction[]; page: { next: string | null } };
    ids.push(...body.data.map((t) => t.id));
    sizes.push(body.data.length);
    next = body.page.next;
  }
  return { ids, sizes };
}

describe('the Ramp sandbox', () => {
  it('serves a generated source page by page exactly as the same charges held in an array', async () => {
    const count = 2_500;
    const generated = rampSandbox({ source: generatedSource({ count, from: T0, to: T0 + 10 * DAY, tags: TAGS }) });
    const held = rampSandbox({
      transactions: Array.from({ length: count }, (_, i) => generated.source.at(i)).reverse(),
    });
    const from = T0 + 2 * DAY + 7;
    const to = T0 + 6 * DAY;
    const a = await readWindow(generated, from, to, 300);
    const b = await readWindow(held, from, to, 300);
    expect(a.ids).toEqual(b.ids);
    expect(new Set(a.ids).size).toBe(a.ids.length);
    expect(a.ids.length).toBe(999); // 4 of the 10 days, less the charge at the very start (7 ms before `from`)
    expect(a.sizes).toEqual([300, 300, 300, 99]);
  });

  it('tags three charges in four, cycling over the tags, and answers 1,000 per page unless asked (at most 10,000)', async () => {
    const source = generatedSource({ count: 25_000, from: T0, to: T0 + DAY, tags: TAGS });
    const sandbox = rampSandbox({ source });
    const events = Array.from(
      { length: 8 },
      (_, i) =>
        source.at(i).accounting_field_selections?.find((s) => s.category_info?.name === 'Event')?.external_id ?? null,
    );
    expect(events).toEqual(['event-a', 'event-a', 'event-a', null, 'event-b', 'event-b', 'event-b', null]);
    expect((await readWindow(sandbox, T0, T0 + DAY)).sizes.slice(0, 2)).toEqual([1_000, 1_000]);
    expect((await readWindow(sandbox, T0, T0 + DAY, 50_000)).sizes).toEqual([10_000, 10_000, 5_000]);
  });

  it('keeps the seeded charges of seedTransactions, and answers an unknown cursor with 400', async () => {
    const seeded = seedTransactions(40, T0, T0 + DAY, TAGS[0]);
    const source = generatedSource({ count: 40, from: T0, to: T0 + DAY, tags: [TAGS[0]!] });
    expect(Array.from({ length: 40 }, (_, i) => source.at(i))).toEqual(seeded);
    const sandbox = rampSandbox({ source });
    const res = await sandbox.app.request(`/developer/v1/transactions?start=txn-9999999`, {
      headers: { authorization: `Bearer ${await token(sandbox.app)}` },
    });
    expect(res.status).toBe(400);
  });
});
