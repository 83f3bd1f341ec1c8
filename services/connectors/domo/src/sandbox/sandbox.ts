import { randomUUID } from 'node:crypto';
import { faultState, type SandboxFaults } from '@playbook/connector-kit/sandbox';
import { type Context, Hono } from 'hono';

export interface SandboxDataset {
  id: string;
  name: string;
  description: string;
  schema: { columns: { name: string; type: string }[] };
  /** The rows as imported, one array of fields per CSV line. */
  data: string[][];
  createdAt: string;
  updatedAt: string;
  /** How many imports (PUT …/data) replaced the rows. */
  imports: number;
}

export interface DomoSandboxOptions {
  clientId?: string;
  clientSecret?: string;
  datasets?: SandboxDataset[];
  faults?: SandboxFaults;
}

const TYPES = ['STRING', 'DECIMAL', 'LONG', 'DOUBLE', 'DATE', 'DATETIME'];

/** RFC 4180 lines into fields (quoted fields may hold commas, doubled quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * A local Domo of the DataSet API's shape (developer.domo.com, DataSet API Reference and
 * Quickstart): GET /oauth/token?grant_type=client_credentials&scope=… with HTTP Basic, GET
 * /v1/datasets (limit ≤ 50, offset), POST /v1/datasets (name, description, schema.columns),
 * GET /v1/datasets/{id}, PUT /v1/datasets/{id}/data (text/csv, no header; replaces every row;
 * 204). Errors are `{ status, statusReason, message, toe }`; 429 carries Retry-After.
 * GET /sandbox/datasets shows the rows; PUT /sandbox/faults injects 429s and failing imports
 * (`failPage: 1` fails the next `failTimes` imports with `failStatus`, default 503).
 */
export function domoSandbox(o: DomoSandboxOptions = {}) {
  const clientId = o.clientId ?? 'sandbox-domo-client';
  const clientSecret = o.clientSecret ?? 'sandbox-domo-secret-change-me';
  const datasets = new Map((o.datasets ?? []).map((d) => [d.id, d]));
  const tokens = new Set<string>();
  const faults = faultState(o.faults);
  const app = new Hono();
  const reasons: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    404: 'Not Found',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    503: 'Service Unavailable',
  };
  const error = (c: Context, status: number, message: string, headers: Record<string, string> = {}) =>
    c.json(
      {
        status,
        statusReason: reasons[status] ?? 'Error',
        path: new URL(c.req.url).pathname,
        message,
        toe: randomUUID().toUpperCase(),
      },
      status as 400,
      headers,
    );
  const view = (d: SandboxDataset) => ({
    id: d.id,
    name: d.name,
    description: d.description,
    rows: d.data.length,
    columns: d.schema.columns.length,
    schema: d.schema,
    owner: { id: 27, name: 'Playbook API' },
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    dataCurrentAt: d.updatedAt,
    pdpEnabled: false,
  });

  app.get('/oauth/token', (c) => {
    const [kind, value] = (c.req.header('authorization') ?? '').split(' ');
    const [id, secret] = Buffer.from(value ?? '', 'base64')
      .toString()
      .split(':');
    if (kind !== 'Basic' || id !== clientId || secret !== clientSecret) return error(c, 401, 'Bad credentials');
    if (c.req.query('grant_type') !== 'client_credentials') return error(c, 400, 'Unsupported grant type');
    const token = `domo_tok_${randomUUID().replaceAll('-', '')}`;
    tokens.add(token);
    return c.json({
      access_token: token,
      token_type: 'bearer',
      expires_in: 3599,
      scope: c.req.query('scope') ?? 'data',
      customer: 'playbook-sandbox',
      env: 'prod1',
      userId: 27,
      role: 'Admin',
      jti: randomUUID(),
    });
  });

  app.use('/v1/*', async (c, next) => {
    if (faults.rateLimitNow())
      return error(c, 429, 'Rate limit exceeded', {
        'retry-after': String(faults.state.faults.retryAfterSeconds ?? 1),
      });
    const token = (c.req.header('authorization') ?? '').replace(/^bearer /i, '');
    if (!tokens.has(token)) return error(c, 401, 'Full authentication is required to access this resource');
    await next();
  });

  app.get('/v1/datasets', (c) => {
    const limit = Math.min(50, Math.max(1, Number(c.req.query('limit') ?? 50)));
    const offset = Math.max(0, Number(c.req.query('offset') ?? 0));
    return c.json([...datasets.values()].slice(offset, offset + limit).map(view));
  });
  app.post('/v1/datasets', async (c) => {
    const b = (await c.req.json().catch(() => ({}))) as Partial<SandboxDataset>;
    const columns = b.schema?.columns ?? [];
    if (!b.name || columns.length === 0) return error(c, 400, 'A DataSet needs a name and a schema with columns');
    if (columns.some((col) => !TYPES.includes(col.type))) return error(c, 400, `Column types are ${TYPES.join(', ')}`);
    const now = new Date().toISOString();
    const d: SandboxDataset = {
      id: randomUUID(),
      name: b.name,
      description: b.description ?? '',
      schema: { columns },
      data: [],
      createdAt: now,
      updatedAt: now,
      imports: 0,
    };
    datasets.set(d.id, d);
    return c.json(view(d), 201);
  });
  app.get('/v1/datasets/:id', (c) => {
    const d = datasets.get(c.req.param('id'));
    return d ? c.json(view(d)) : error(c, 404, 'DataSet not found');
  });
  app.put('/v1/datasets/:id/data', async (c) => {
    const d = datasets.get(c.req.param('id'));
    if (!d) return error(c, 404, 'DataSet not found');
    if (!(c.req.header('content-type') ?? '').startsWith('text/csv'))
      return error(c, 400, 'Content-Type must be text/csv');
    if (faults.failPageNow(1)) return error(c, faults.state.faults.failStatus ?? 503, 'Import failed, try again');
    const rows = parseCsv(await c.req.text());
    const bad = rows.findIndex((r) => r.length !== d.schema.columns.length);
    if (bad >= 0)
      return error(c, 400, `Line ${bad + 1} has ${rows[bad]!.length} fields, the schema ${d.schema.columns.length}`);
    d.data = rows;
    d.imports++;
    d.updatedAt = new Date().toISOString();
    return c.body(null, 204);
  });

  app.get('/sandbox/datasets', (c) => c.json([...datasets.values()]));
  app.put('/sandbox/faults', async (c) => {
    faults.set((await c.req.json()) as SandboxFaults);
    return c.json(faults.state);
  });
  app.get('/sandbox/stats', (c) => c.json(faults.state));

  return { app, datasets, faults };
}

/** The sandbox `npm start` runs: empty, as a Domo instance is before the first push creates the DataSet. */
export function demoSandbox(_now = Date.now()) {
  return domoSandbox();
}
