import { faultState, type SandboxFaults } from '@playbook/connector-kit/sandbox';
import { Hono } from 'hono';
import type { NexoniaApiReport } from '../nexonia-api.ts';
import { type SeedTag, seedReports } from './seed.ts';

export interface NexoniaSandboxOptions {
  apiKey?: string;
  reports?: NexoniaApiReport[];
  faults?: SandboxFaults;
}

const RATE_LIMIT = 120;
const error = (code: string, message: string) => ({ error: { code, message } });

/**
 * A local Nexonia expense API (the shape is modelled — see the README): an API key as a bearer
 * token; GET /api/v1/expense-reports with submittedFrom / submittedTo (ISO 8601, [from, to)),
 * `page` (from 1) and `pageSize` (1–200), answering `{ data, pagination: { page, pageSize,
 * totalItems, totalPages } }`; errors `{ error: { code, message } }`; 429 with Retry-After.
 * POST /sandbox/expense-reports adds reports; PUT /sandbox/faults injects 429s and failing pages.
 */
export function nexoniaSandbox(o: NexoniaSandboxOptions = {}) {
  const apiKey = o.apiKey ?? 'nexonia-sandbox-key-change-me';
  const store: NexoniaApiReport[] = [...(o.reports ?? [])];
  const faults = faultState(o.faults);
  const app = new Hono();

  app.get('/api/v1/expense-reports', (c) => {
    if (faults.rateLimitNow())
      return c.json(error('rate_limited', 'Too many requests; retry later.'), 429, {
        'retry-after': String(faults.state.faults.retryAfterSeconds ?? 1),
        'x-ratelimit-limit': String(RATE_LIMIT),
        'x-ratelimit-remaining': '0',
      });
    if (c.req.header('authorization') !== `Bearer ${apiKey}`)
      return c.json(error('unauthorized', 'Missing or invalid API key.'), 401);
    const q = c.req.query();
    const page = Number(q.page ?? 1);
    const pageSize = Number(q.pageSize ?? 50);
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 200)
      return c.json(error('invalid_request', 'page is 1 or more; pageSize is 1 to 200.'), 400);
    const from = q.submittedFrom ? Date.parse(q.submittedFrom) : -Infinity;
    const to = q.submittedTo ? Date.parse(q.submittedTo) : Infinity;
    if (Number.isNaN(from) || Number.isNaN(to))
      return c.json(error('invalid_request', 'submittedFrom and submittedTo are ISO 8601 instants.'), 400);
    if (faults.failPageNow(page))
      return c.json(
        error('service_unavailable', 'Something went wrong.'),
        (faults.state.faults.failStatus ?? 503) as 503,
      );
    const inWindow = store
      .filter((r) => {
        const at = Date.parse(r.submittedDate);
        return at >= from && at < to;
      })
      .sort((a, b) => a.submittedDate.localeCompare(b.submittedDate) || a.reportId.localeCompare(b.reportId));
    const data = inWindow.slice((page - 1) * pageSize, page * pageSize);
    return c.json(
      {
        data,
        pagination: { page, pageSize, totalItems: inWindow.length, totalPages: Math.ceil(inWindow.length / pageSize) },
      },
      200,
      { 'x-ratelimit-limit': String(RATE_LIMIT), 'x-ratelimit-remaining': String(RATE_LIMIT - 1) },
    );
  });

  app.post('/sandbox/expense-reports', async (c) => {
    const added = (await c.req.json()) as NexoniaApiReport[];
    for (const r of added) if (!store.some((s) => s.reportId === r.reportId)) store.push(r);
    return c.json({ count: store.length }, 201);
  });
  app.put('/sandbox/faults', async (c) => {
    faults.set((await c.req.json()) as SandboxFaults);
    return c.json(faults.state);
  });
  app.get('/sandbox/stats', (c) => c.json(faults.state));

  return { app, store, faults };
}

/** The sandbox with 60 reports over the last 30 days; with a tag, most items name that event (and BOM line). */
export function demoSandbox(now = Date.now(), tag?: SeedTag) {
  return nexoniaSandbox({ reports: seedReports(60, now - 30 * 86_400_000, now, tag) });
}
