import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, retryAfterMs } from '../src/http-client.ts';
import { startMeter } from '../src/meter.ts';
import { faultState, type RunningSandbox, serveSandbox } from '../src/sandbox.ts';

const SECRET = 'sk-live-0123456789abcdef';
const faults = faultState();
const seenRetryAfterWaits: number[] = [];
let server: RunningSandbox;

beforeAll(async () => {
  const app = new Hono();
  app.get('/items', (c) => {
    if (faults.rateLimitNow()) return c.json({ error: 'slow down' }, 429, { 'retry-after': '1' });
    const page = Number(c.req.query('page') ?? 1);
    if (faults.failPageNow(page)) return c.json({ error: `boom, token ${c.req.header('authorization')}` }, 503);
    return c.json({ page, auth: c.req.header('authorization') === `Bearer ${SECRET}` });
  });
  app.get('/denied', (c) => c.json({ error: `invalid key ${SECRET}` }, 401));
  app.put('/echo', async (c) => c.text(`${c.req.header('content-type')}|${await c.req.text()}`));
  app.post('/exists', (c) => c.json({ code: 'item_name_in_use', id: '42' }, 409));
  server = await serveSandbox(app);
});
afterAll(() => server?.stop());

const client = (maxRetries = 3) =>
  createHttpClient({
    baseUrl: server.url,
    secrets: [SECRET],
    auth: async () => ({ authorization: `Bearer ${SECRET}` }),
    maxRetries,
    baseDelayMs: 1,
    sleep: async (ms) => void seenRetryAfterWaits.push(ms),
  });

describe('the connector HTTP client', () => {
  it('waits what Retry-After says on a 429, then succeeds, and meters it', async () => {
    faults.set({ rateLimitEvery: 2 });
    faults.state.calls = 1;
    seenRetryAfterWaits.length = 0;
    const meter = startMeter();
    const res = await client().request<{ page: number; auth: boolean }>({ path: '/items', query: { page: 1 }, meter });
    expect(res.body).toEqual({ page: 1, auth: true });
    expect(seenRetryAfterWaits).toEqual([1000]);
    expect(meter).toMatchObject({ apiCalls: 2, retries: 1, rateLimitUnits: 1 });
  });
  it('retries a 5xx with backoff and recovers', async () => {
    faults.set({ failPage: 2, failTimes: 2 });
    const meter = startMeter();
    const res = await client().request<{ page: number }>({ path: '/items', query: { page: 2 }, meter });
    expect(res.body.page).toBe(2);
    expect(meter).toMatchObject({ apiCalls: 3, retries: 2, rateLimitUnits: 0 });
  });
  it('gives up after its retries with an error that names the call and holds no credential', async () => {
    faults.set({ failPage: 3, failTimes: 10 });
    const error = await client(2)
      .request({ path: '/items', query: { page: 3 } })
      .catch((e) => e);
    expect(error.code).toBe('CONNECTOR.HTTP_FAILED');
    expect(error.message).toMatch(/GET \/items answered 503/);
    expect(error.message).toMatch(/after 3 attempts/);
    expect(error.message).not.toContain(SECRET);
    expect(JSON.stringify(error)).not.toContain(SECRET);
  });
  it('does not retry a client error, and redacts the secret the vendor echoed', async () => {
    const meter = startMeter();
    const error = await client()
      .request({ path: '/denied', meter })
      .catch((e) => e);
    expect(error.message).toMatch(/answered 401/);
    expect(error.message).not.toContain(SECRET);
    expect(error.message).toContain('[redacted]');
    expect(meter.apiCalls).toBe(1);
  });
  it("sends a raw body, reads with the caller's reader, and answers a passed status instead of failing", async () => {
    const sent = await client().request<string>({
      method: 'PUT',
      path: '/echo',
      body: 'a,b\n1,2\n',
      headers: { 'content-type': 'text/csv' },
      read: async (r) => (await r.text()).toUpperCase(),
    });
    expect(sent.body).toBe('TEXT/CSV|A,B\n1,2\n');
    const conflict = await client().request<{ code: string }>({ method: 'POST', path: '/exists', passStatuses: [409] });
    expect(conflict).toMatchObject({ status: 409, body: { code: 'item_name_in_use', id: '42' } });
    const error = await client()
      .request({ method: 'POST', path: '/exists' })
      .catch((e) => e);
    expect(error.message).toMatch(/answered 409/);
  });
  it('refuses to follow a link to another host', async () => {
    const error = await client()
      .request({ path: 'http://169.254.169.254/items' })
      .catch((e) => e);
    expect(error.code).toBe('CONNECTOR.FOREIGN_URL');
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
