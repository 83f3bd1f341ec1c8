import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, startSlice, type Slice } from '../support/slice.ts';

let slice: Slice;
beforeAll(async () => {
  slice = await startSlice('modulith');
  // Above the demo seed's own catch-up bound (180 s), so a seed that runs out of time says what is behind.
}, 240_000);
afterAll(() => slice?.dispose());

describe('the demo’s search, seeded through the HTTP API', () => {
  it('finds Pat the LED wall for the Chicago summit, and Vic only what Vic may read', async () => {
    const { demo, url } = slice;
    expect(demo.search.query).toBe('LED wall Chicago');
    expect(demo.search.hits.length).toBeGreaterThan(1);
    const pat = await http(`${url('search')}/search?q=LED%20wall%20Chicago&limit=50`, demo.users.pat.token);
    expect(pat.status).toBe(200);
    const found = pat.body.items as { type: string; id: string; eventId: string | null }[];
    expect(found.map((i) => i.type)).toContain('bom_line');
    expect(found.find((i) => i.type === 'bom_line')?.id).toBe(demo.budget.ledWallLineId);
    expect(found.every((i) => i.eventId === demo.eventId || i.eventId === null)).toBe(true);
    const prefix = await http(`${url('search')}/search?q=Acme%20A&type=vendor`, demo.users.vic.token);
    expect(prefix.body.items.map((i: { id: string }) => i.id)).toEqual([demo.vendors.acmeAv]);
  });
});
