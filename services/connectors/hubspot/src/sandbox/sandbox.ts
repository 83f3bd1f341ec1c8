import { randomUUID } from 'node:crypto';
import { faultState, type SandboxFaults } from '@playbook/connector-kit/sandbox';
import { type Context, Hono } from 'hono';
import { type SandboxCompany, type SandboxDeal, seedPortal } from './seed.ts';

export type { SandboxCompany, SandboxDeal };
export { COMPANIES, dealOf } from './seed.ts';

export interface HubSpotSandboxOptions {
  token?: string;
  deals?: SandboxDeal[];
  companies?: SandboxCompany[];
  faults?: SandboxFaults;
}

const DAILY_LIMIT = 250_000;
const TEN_SECONDLY_LIMIT = 190;

/** HubSpot's error body (the OpenAPI `Error` schema), with a fresh correlation id. */
const error = (message: string, category: string, extra: Record<string, unknown> = {}) => ({
  status: 'error',
  message,
  correlationId: randomUUID(),
  category,
  ...extra,
});

type Filter = { propertyName: string; operator: string; value?: string; values?: string[] };
const comparable = (v: string | null | undefined) =>
  v === null || v === undefined
    ? null
    : /^-?\d+(\.\d+)?$/.test(v)
      ? Number(v)
      : Number.isNaN(Date.parse(v))
        ? v
        : Date.parse(v);

function matches(deal: SandboxDeal, f: Filter): boolean {
  const actual = comparable(deal.properties[f.propertyName] ?? (f.propertyName === 'hs_object_id' ? deal.id : null));
  const wanted = comparable(f.value);
  if (f.operator === 'HAS_PROPERTY') return actual !== null;
  if (f.operator === 'NOT_HAS_PROPERTY') return actual === null;
  if (f.operator === 'IN') return (f.values ?? []).map(comparable).includes(actual);
  if (actual === null || wanted === null) return false;
  switch (f.operator) {
    case 'EQ':
      return actual === wanted;
    case 'NEQ':
      return actual !== wanted;
    case 'GT':
      return actual > wanted;
    case 'GTE':
      return actual >= wanted;
    case 'LT':
      return actual < wanted;
    case 'LTE':
      return actual <= wanted;
    default:
      return false;
  }
}

/**
 * A local HubSpot portal of the CRM API's shape (HubSpot's public OpenAPI specs: Deals v3, Companies
 * v3, Associations v4), authenticated by a private app's bearer token:
 * POST /crm/v3/objects/deals/search (filterGroups, sorts, properties, limit ≤ 200, `after`),
 * GET /crm/v3/objects/deals (limit, after, properties, associations), POST /crm/v4/associations/deals/companies/batch/read,
 * POST /crm/v3/objects/companies/batch/read. Errors are `{ status: 'error', message, correlationId, category }`;
 * every answer carries X-HubSpot-RateLimit-* headers and a 429 names its policy.
 * POST /sandbox/deals and /sandbox/companies add or change records; PUT /sandbox/faults injects 429s
 * and failing pages.
 */
export function hubspotSandbox(o: HubSpotSandboxOptions = {}) {
  const token = o.token ?? 'pat-sandbox-0000-token-change-me';
  const deals = new Map((o.deals ?? []).map((d) => [d.id, d]));
  const companies = new Map((o.companies ?? []).map((c) => [c.id, c]));
  const faults = faultState(o.faults);
  let daily = 0;
  const app = new Hono();

  const limits = (c: Context, remaining: number) => {
    c.header('X-HubSpot-RateLimit-Daily', String(DAILY_LIMIT));
    c.header('X-HubSpot-RateLimit-Daily-Remaining', String(Math.max(0, DAILY_LIMIT - daily)));
    c.header('X-HubSpot-RateLimit-Interval-Milliseconds', '10000');
    c.header('X-HubSpot-RateLimit-Max', String(TEN_SECONDLY_LIMIT));
    c.header('X-HubSpot-RateLimit-Remaining', String(remaining));
  };

  app.use('/crm/*', async (c, next) => {
    daily++;
    if (c.req.header('authorization') !== `Bearer ${token}`) {
      return c.json(
        error(
          'Authentication credentials not found. This API supports OAuth 2.0 authentication.',
          'INVALID_AUTHENTICATION',
        ),
        401,
      );
    }
    if (faults.rateLimitNow()) {
      limits(c, 0);
      c.header('Retry-After', String(faults.state.faults.retryAfterSeconds ?? 1));
      return c.json(
        error('You have reached your ten_secondly_rolling limit.', 'RATE_LIMITS', {
          errorType: 'RATE_LIMIT',
          policyName: 'TEN_SECONDLY_ROLLING',
          requestId: randomUUID(),
        }),
        429,
      );
    }
    limits(c, TEN_SECONDLY_LIMIT - 1);
    await next();
  });

  const view = (d: SandboxDeal, properties: readonly string[]) => ({
    id: d.id,
    properties: Object.fromEntries(
      [...new Set([...properties, 'hs_object_id', 'createdate', 'hs_lastmodifieddate'])].map((p) => [
        p,
        p === 'hs_object_id' ? d.id : p === 'createdate' ? d.createdAt : (d.properties[p] ?? null),
      ]),
    ),
    createdAt: d.createdAt,
    updatedAt: d.properties.hs_lastmodifieddate ?? d.createdAt,
    archived: false,
  });
  const body = async (c: Context) => (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
  const invalid = (c: Context, message: string) => c.json(error(message, 'VALIDATION_ERROR'), 400);

  const search = async (c: Context) => {
    const b = await body(c);
    if (!b) return invalid(c, 'Invalid input JSON on line 1');
    const limit = Number(b.limit ?? 10);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200)
      return invalid(c, 'Invalid input JSON: limit must be between 1 and 200');
    const groups = (b.filterGroups as { filters: Filter[] }[] | undefined) ?? [];
    const sorts = (b.sorts as ({ propertyName: string; direction?: string } | string)[] | undefined) ?? [];
    const properties = (b.properties as string[] | undefined) ?? [
      'dealname',
      'amount',
      'closedate',
      'pipeline',
      'dealstage',
    ];
    let found = [...deals.values()].filter(
      (d) => groups.length === 0 || groups.some((g) => g.filters.every((f) => matches(d, f))),
    );
    const sort = sorts[0];
    const by = typeof sort === 'string' ? sort : (sort?.propertyName ?? 'hs_object_id');
    const desc = typeof sort === 'object' && sort.direction === 'DESCENDING';
    found = found.sort((x, y) => {
      const a = comparable(by === 'hs_object_id' ? x.id : x.properties[by]) ?? '';
      const z = comparable(by === 'hs_object_id' ? y.id : y.properties[by]) ?? '';
      return (a < z ? -1 : a > z ? 1 : x.id.localeCompare(y.id)) * (desc ? -1 : 1);
    });
    const start = b.after === undefined ? 0 : Number(b.after);
    if (!Number.isInteger(start) || start < 0) return invalid(c, 'Invalid input JSON: after is not a paging cursor');
    if (faults.failPageNow(Math.floor(start / limit) + 1))
      return c.json(error('Internal error', 'INTERNAL_ERROR'), (faults.state.faults.failStatus ?? 502) as 502);
    const page = found.slice(start, start + limit);
    const next = start + limit < found.length ? String(start + limit) : undefined;
    return c.json({
      total: found.length,
      results: page.map((d) => view(d, properties)),
      ...(next ? { paging: { next: { after: next, link: `?after=${next}` } } } : {}),
    });
  };
  app.post('/crm/v3/objects/deals/search', search);
  app.post('/crm/v3/objects/0-3/search', search);

  app.get('/crm/v3/objects/deals', (c) => {
    const limit = Math.min(100, Math.max(1, Number(c.req.query('limit') ?? 10)));
    const start = Number(c.req.query('after') ?? 0);
    const properties = (c.req.query('properties') ?? 'dealname,amount,closedate,pipeline,dealstage').split(',');
    const withCompanies = (c.req.query('associations') ?? '').split(',').includes('companies');
    const all = [...deals.values()].sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id));
    if (faults.failPageNow(Math.floor(start / limit) + 1))
      return c.json(error('Internal error', 'INTERNAL_ERROR'), 502);
    const page = all.slice(start, start + limit);
    const next = start + limit < all.length ? String(start + limit) : undefined;
    return c.json({
      results: page.map((d) => ({
        ...view(d, properties),
        ...(withCompanies
          ? {
              associations: {
                companies: { results: d.companyIds.map((id) => ({ id, type: 'deal_to_company' })) },
              },
            }
          : {}),
      })),
      ...(next ? { paging: { next: { after: next, link: `?after=${next}` } } } : {}),
    });
  });

  const batchTimes = () => {
    const at = new Date().toISOString();
    return { startedAt: at, completedAt: at };
  };
  app.post('/crm/v4/associations/deals/companies/batch/read', async (c) => {
    const b = await body(c);
    const inputs = (b?.inputs as { id: string }[] | undefined) ?? [];
    if (inputs.length > 1000) return invalid(c, 'Batch input limit is 1000');
    return c.json({
      status: 'COMPLETE',
      results: inputs.flatMap(({ id }) => {
        const d = deals.get(String(id));
        if (!d || d.companyIds.length === 0) return [];
        return [
          {
            from: { id: d.id },
            to: d.companyIds.map((companyId, i) => ({
              toObjectId: Number(companyId),
              associationTypes: [
                ...(i === 0 ? [{ category: 'HUBSPOT_DEFINED', typeId: 5, label: 'Primary' }] : []),
                { category: 'HUBSPOT_DEFINED', typeId: 341, label: null },
              ],
            })),
          },
        ];
      }),
      ...batchTimes(),
    });
  });
  app.post('/crm/v3/objects/companies/batch/read', async (c) => {
    const b = await body(c);
    const inputs = (b?.inputs as { id: string }[] | undefined) ?? [];
    if (inputs.length > 100) return invalid(c, 'Batch input limit is 100');
    return c.json({
      status: 'COMPLETE',
      results: inputs.flatMap(({ id }) => {
        const co = companies.get(String(id));
        if (!co) return [];
        return [
          {
            id: co.id,
            properties: { hs_object_id: co.id, name: co.name, domain: co.domain ?? null },
            createdAt: '2024-01-01T00:00:00.000Z',
            updatedAt: '2024-01-01T00:00:00.000Z',
            archived: false,
          },
        ];
      }),
      ...batchTimes(),
    });
  });

  /** Adds deals, or changes them (their properties merged); either way hs_lastmodifieddate moves to now unless given. */
  app.post('/sandbox/deals', async (c) => {
    const added = ((await body(c)) ?? []) as unknown as SandboxDeal[];
    for (const d of added) upsertDeal(d);
    return c.json({ count: deals.size }, 201);
  });
  app.post('/sandbox/companies', async (c) => {
    for (const co of ((await body(c)) ?? []) as unknown as SandboxCompany[]) companies.set(co.id, co);
    return c.json({ count: companies.size }, 201);
  });
  app.put('/sandbox/faults', async (c) => {
    faults.set(((await body(c)) ?? {}) as SandboxFaults);
    return c.json(faults.state);
  });
  app.get('/sandbox/stats', (c) => c.json({ ...faults.state, deals: deals.size, companies: companies.size }));

  function upsertDeal(d: Partial<SandboxDeal> & { id: string }) {
    const before = deals.get(d.id);
    const properties = { ...before?.properties, ...d.properties };
    if (!d.properties?.hs_lastmodifieddate) properties.hs_lastmodifieddate = new Date().toISOString();
    deals.set(d.id, {
      id: d.id,
      properties,
      companyIds: d.companyIds ?? before?.companyIds ?? [],
      createdAt: d.createdAt ?? before?.createdAt ?? new Date().toISOString(),
    });
  }

  return { app, deals, companies, faults, upsertDeal };
}
export type HubSpotSandbox = ReturnType<typeof hubspotSandbox>;

/** The sandbox the demo runs: a portal with realistic companies and deals around `now`. */
export function demoSandbox(now = Date.now()) {
  return hubspotSandbox(seedPortal(now));
}
