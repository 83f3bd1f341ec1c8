import { randomUUID, verify, constants, type KeyObject } from 'node:crypto';
import { faultState, type SandboxFaults } from '@playbook/connector-kit/sandbox';
import { type Context, Hono } from 'hono';
import { RECORD_PATH, SUITEQL_PATH, TOKEN_PATH } from '../netsuite-api.ts';
import { SANDBOX_CERTIFICATE_ID, sandboxPublicKey } from '../sandbox-key.ts';
import { demoAccounts, demoVendors, type SandboxAccount, type SandboxVendor } from './seed.ts';
import { runSuiteQl, type SandboxRow, SuiteQlError } from './suiteql.ts';

export type { SandboxAccount, SandboxVendor } from './seed.ts';

export interface NetSuiteSandboxOptions {
  clientId?: string;
  certificateId?: string;
  /** The public key of the integration's certificate (default: the sandbox's published key). */
  publicKey?: KeyObject;
  vendors?: SandboxVendor[];
  accounts?: SandboxAccount[];
  faults?: SandboxFaults & NetSuiteFaults;
}
/** Besides the kit's faults: the next `failCreates` record creations answer `failStatus` (default 500). */
export interface NetSuiteFaults {
  failCreates?: number;
}

export interface SandboxPurchaseOrder {
  id: string;
  tranId: string;
  externalId: string | null;
  entity: { id: string; refName: string };
  tranDate: string;
  memo: string | null;
  total: number;
  expense: { items: { line: number; account: { id: string; refName: string }; amount: number; memo: string | null }[] };
  createdDate: string;
}

const VENDOR_COLUMNS = [
  'id',
  'entityid',
  'companyname',
  'legalname',
  'email',
  'category',
  'externalid',
  'isinactive',
  'lastmodifieddate',
  'datecreated',
];
const ACCOUNT_COLUMNS = [
  'id',
  'acctnumber',
  'accountsearchdisplaynamecopy',
  'fullname',
  'accttype',
  'isinactive',
  'lastmodifieddate',
];
const RFC = 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15';
const TITLES: Record<number, [string, string]> = {
  400: ['Bad Request', '5.1'],
  401: ['Unauthorized', '5.2'],
  404: ['Not Found', '5.5'],
  429: ['Too Many Requests', '5.21'],
  500: ['Internal Server Error', '6.1'],
  503: ['Service Unavailable', '6.4'],
};

/** NetSuite's REST error body (nsError): type, title, status and o:errorDetails with detail and o:errorCode. */
export function nsError(
  c: Context,
  status: number,
  code: string,
  detail: string,
  headers: Record<string, string> = {},
) {
  const [title, section] = TITLES[status] ?? ['Error', '5.1'];
  return c.body(
    JSON.stringify({ type: `${RFC}.${section}`, title, status, 'o:errorDetails': [{ detail, 'o:errorCode': code }] }),
    status as 400,
    { 'content-type': 'application/vnd.oracle.resource+json; type=error; charset=UTF-8', ...headers },
  );
}

const fromB64 = (s: string) => Buffer.from(s, 'base64url');

/**
 * A local NetSuite of SuiteTalk REST web services' shape (NetSuite REST Record API v1, the OpenAPI
 * 3.0.1 document NetSuite generates from its metadata catalog; the query service as in "Executing
 * SuiteQL Queries Through REST Web Services"): the OAuth 2.0 client credentials (M2M) token endpoint
 * with a JWT client assertion, SuiteQL over vendors and GL accounts (`Prefer: transient`, limit /
 * offset paging, `{ links, count, hasMore, items, offset, totalResults }`), and purchase orders
 * created (204 + Location) and read by internal id or `eid:<external id>`. Errors are nsError bodies;
 * rate limits are 429 CONCURRENCY_LIMIT_EXCEEDED with Retry-After.
 * POST /sandbox/vendors and /sandbox/accounts add or change records; PUT /sandbox/faults injects faults.
 */
export function netsuiteSandbox(o: NetSuiteSandboxOptions = {}) {
  const clientId = o.clientId ?? 'sandbox-client';
  const certificateId = o.certificateId ?? SANDBOX_CERTIFICATE_ID;
  const publicKey = o.publicKey ?? sandboxPublicKey();
  const vendors: SandboxRow[] = [];
  const accounts: SandboxRow[] = [];
  const purchaseOrders: SandboxPurchaseOrder[] = [];
  const tokens = new Set<string>();
  const faults = faultState(o.faults);
  let failCreates = o.faults?.failCreates ?? 0;
  let nextId = 1000;
  const app = new Hono();

  const upsert = (table: SandboxRow[], row: SandboxRow) => {
    const at = table.findIndex((r) => r.id === row.id);
    if (at >= 0) table[at] = { ...table[at], ...row };
    else table.push(row);
  };
  const addVendor = (v: SandboxVendor) =>
    upsert(vendors, {
      id: v.id,
      entityid: v.entityId ?? v.companyName,
      companyname: v.companyName,
      legalname: v.legalName ?? v.companyName,
      email: v.email ?? undefined,
      category: v.category ?? undefined,
      externalid: v.externalId ?? undefined,
      isinactive: v.isInactive ? 'T' : 'F',
      lastmodifieddate: new Date(v.lastModifiedAt ?? Date.now()),
      datecreated: new Date(v.lastModifiedAt ?? Date.now()),
    });
  const addAccount = (a: SandboxAccount) =>
    upsert(accounts, {
      id: a.id,
      acctnumber: a.number,
      accountsearchdisplaynamecopy: a.name,
      fullname: a.number ? `${a.number} ${a.name}` : a.name,
      accttype: a.type,
      isinactive: a.isInactive ? 'T' : 'F',
      lastmodifieddate: new Date(a.lastModifiedAt ?? Date.now()),
    });
  for (const v of o.vendors ?? []) addVendor(v);
  for (const a of o.accounts ?? []) addAccount(a);

  /** Verifies the client assertion as NetSuite does: kid, signature (ES256/PS256), issuer, audience, lifetime, scope. */
  function assertionValid(jwt: string, audience: string): boolean {
    const [h, p, s] = jwt.split('.');
    if (!h || !p || !s) return false;
    try {
      const header = JSON.parse(fromB64(h).toString()) as { alg: string; kid: string };
      const claims = JSON.parse(fromB64(p).toString()) as {
        iss: string;
        aud: string;
        iat: number;
        exp: number;
        scope: string[] | string;
      };
      if (header.kid !== certificateId) return false;
      const data = Buffer.from(`${h}.${p}`);
      const ok =
        header.alg === 'ES256'
          ? verify('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, fromB64(s))
          : header.alg === 'PS256'
            ? verify(
                'sha256',
                data,
                { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
                fromB64(s),
              )
            : false;
      const now = Date.now() / 1000;
      const scopes = Array.isArray(claims.scope) ? claims.scope : String(claims.scope).split(/[ ,]/);
      return (
        ok &&
        claims.iss === clientId &&
        claims.aud === audience &&
        claims.exp > now &&
        claims.exp - claims.iat <= 3600 &&
        scopes.includes('rest_webservices')
      );
    } catch {
      return false;
    }
  }

  app.post(TOKEN_PATH, async (c) => {
    const form = await c.req.parseBody();
    if (form.grant_type !== 'client_credentials') return c.json({ error: 'unsupported_grant_type' }, 400);
    if (form.client_assertion_type !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
      return c.json({ error: 'invalid_request' }, 400);
    const audience = new URL(c.req.url);
    if (!assertionValid(String(form.client_assertion ?? ''), `${audience.origin}${TOKEN_PATH}`))
      return c.json({ error: 'invalid_client' }, 401);
    const token = `ns_at_${randomUUID().replaceAll('-', '')}`;
    tokens.add(token);
    return c.json({ access_token: token, expires_in: '3600', token_type: 'bearer' });
  });

  app.use('/services/rest/*', async (c, next) => {
    if (c.req.path === TOKEN_PATH) return next();
    if (faults.rateLimitNow())
      return nsError(c, 429, 'CONCURRENCY_LIMIT_EXCEEDED', 'Concurrent request limit exceeded. Request blocked.', {
        'retry-after': String(faults.state.faults.retryAfterSeconds ?? 1),
      });
    const token = (c.req.header('authorization') ?? '').replace(/^Bearer /i, '');
    if (!tokens.has(token))
      return nsError(c, 401, 'INVALID_LOGIN', 'Invalid login attempt. For more details, see the Login Audit Trail.');
    await next();
  });

  app.post(SUITEQL_PATH, async (c) => {
    if (!/transient/i.test(c.req.header('prefer') ?? ''))
      return nsError(c, 400, 'INVALID_HEADER', "The request must be sent with the 'Prefer: transient' header.");
    const limit = Number(c.req.query('limit') ?? 1000);
    const offset = Number(c.req.query('offset') ?? 0);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      return nsError(c, 400, 'INVALID_PARAMETER', 'The limit must be an integer between 1 and 1000.');
    if (!Number.isInteger(offset) || offset < 0 || offset % limit !== 0)
      return nsError(c, 400, 'INVALID_PARAMETER', 'The offset must be a non-negative multiple of the limit.');
    if (faults.failPageNow(offset / limit + 1))
      return nsError(c, faults.state.faults.failStatus ?? 503, 'UNEXPECTED_ERROR', 'An unexpected error occurred.');
    const body = (await c.req.json().catch(() => ({}))) as { q?: string };
    let rows: Record<string, string>[];
    try {
      rows = runSuiteQl(
        String(body.q ?? ''),
        { vendor: vendors, account: accounts },
        {
          vendor: VENDOR_COLUMNS,
          account: ACCOUNT_COLUMNS,
        },
      );
    } catch (error) {
      if (!(error instanceof SuiteQlError)) throw error;
      return nsError(c, 400, 'INVALID_PARAMETER', `Invalid search query. ${error.message}`);
    }
    const items = rows.slice(offset, offset + limit).map((r) => ({ links: [], ...r }));
    const link = (rel: string, at: number) => {
      const u = new URL(c.req.url);
      u.searchParams.set('limit', String(limit));
      u.searchParams.set('offset', String(at));
      return { rel, href: u.toString() };
    };
    const hasMore = offset + limit < rows.length;
    const last = Math.max(0, Math.floor((rows.length - 1) / limit) * limit);
    return c.json({
      links: [
        ...(offset > 0 ? [link('previous', offset - limit)] : []),
        link('first', 0),
        ...(hasMore ? [link('next', offset + limit)] : []),
        link('last', last),
        link('self', offset),
      ],
      count: items.length,
      hasMore,
      items,
      offset,
      totalResults: rows.length,
    });
  });

  const findPo = (id: string) =>
    id.startsWith('eid:')
      ? purchaseOrders.find((p) => p.externalId === decodeURIComponent(id.slice(4)))
      : purchaseOrders.find((p) => p.id === id);
  const poView = (c: Context, po: SandboxPurchaseOrder) => {
    const self = `${new URL(c.req.url).origin}${RECORD_PATH}/purchaseOrder/${po.id}`;
    return { links: [{ rel: 'self', href: self }], ...po };
  };

  app.get(`${RECORD_PATH}/purchaseOrder/:id`, (c) => {
    const po = findPo(c.req.param('id'));
    if (!po)
      return nsError(
        c,
        404,
        'NONEXISTENT_ID',
        `The record instance does not exist. Provide a valid record instance ID.`,
      );
    return c.json(poView(c, po));
  });
  app.get(`${RECORD_PATH}/purchaseOrder`, (c) =>
    c.json({
      links: [],
      count: purchaseOrders.length,
      hasMore: false,
      items: purchaseOrders.map((p) => ({ id: p.id })),
      offset: 0,
      totalResults: purchaseOrders.length,
    }),
  );

  app.post(`${RECORD_PATH}/purchaseOrder`, async (c) => {
    if (failCreates > 0) {
      failCreates--;
      return nsError(c, faults.state.faults.failStatus ?? 500, 'UNEXPECTED_ERROR', 'An unexpected error occurred.');
    }
    const b = (await c.req.json().catch(() => ({}))) as {
      externalId?: string;
      entity?: { id?: string };
      tranDate?: string;
      memo?: string;
      expense?: { items?: { account?: { id?: string }; amount?: number; memo?: string }[] };
    };
    const vendor = vendors.find((v) => v.id === b.entity?.id);
    if (!vendor) return nsError(c, 400, 'USER_ERROR', `Invalid entity reference key ${b.entity?.id ?? '(none)'}.`);
    if (b.externalId && purchaseOrders.some((p) => p.externalId === b.externalId))
      return nsError(c, 400, 'DUP_RCRD', 'A record with this external ID already exists.');
    const lines = b.expense?.items ?? [];
    if (lines.length === 0)
      return nsError(c, 400, 'USER_ERROR', 'You must enter at least one line item for this transaction.');
    const items: SandboxPurchaseOrder['expense']['items'] = [];
    for (const [i, line] of lines.entries()) {
      const account = accounts.find((a) => a.id === line.account?.id);
      if (!account)
        return nsError(c, 400, 'USER_ERROR', `Invalid account reference key ${line.account?.id ?? '(none)'}.`);
      if (typeof line.amount !== 'number' || line.amount <= 0)
        return nsError(c, 400, 'USER_ERROR', 'Please enter a value for amount.');
      items.push({
        line: i + 1,
        account: { id: String(account.id), refName: String(account.fullname) },
        amount: line.amount,
        memo: line.memo ?? null,
      });
    }
    const id = String(++nextId);
    purchaseOrders.push({
      id,
      tranId: `PO${id}`,
      externalId: b.externalId ?? null,
      entity: { id: String(vendor.id), refName: String(vendor.entityid) },
      tranDate: b.tranDate ?? new Date().toISOString().slice(0, 10),
      memo: b.memo ?? null,
      total: Math.round(items.reduce((s, l) => s + l.amount, 0) * 100) / 100,
      expense: { items },
      createdDate: new Date().toISOString(),
    });
    return c.body(null, 204, { location: `${new URL(c.req.url).origin}${RECORD_PATH}/purchaseOrder/${id}` });
  });

  app.post('/sandbox/vendors', async (c) => {
    for (const v of (await c.req.json()) as SandboxVendor[]) addVendor(v);
    return c.json({ count: vendors.length }, 201);
  });
  app.post('/sandbox/accounts', async (c) => {
    for (const a of (await c.req.json()) as SandboxAccount[]) addAccount(a);
    return c.json({ count: accounts.length }, 201);
  });
  app.get('/sandbox/purchase-orders', (c) => c.json(purchaseOrders));
  app.put('/sandbox/faults', async (c) => {
    const body = (await c.req.json()) as SandboxFaults & NetSuiteFaults;
    faults.set(body);
    failCreates = body.failCreates ?? 0;
    return c.json(faults.state);
  });
  app.get('/sandbox/stats', (c) => c.json(faults.state));

  return {
    app,
    purchaseOrders,
    faults,
    addVendor,
    addAccount,
    setFailCreates: (n: number) => {
      failCreates = n;
    },
  };
}

/** The sandbox `npm start` runs: the demo organization's vendors (by the demo seed's names) and a chart of accounts. */
export function demoSandbox(now = Date.now()) {
  return netsuiteSandbox({ vendors: demoVendors(now), accounts: demoAccounts(now) });
}
