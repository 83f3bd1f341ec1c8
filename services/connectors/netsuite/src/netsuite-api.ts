import { createHttpClient } from '@playbook/connector-kit/http-client';
import type { Meter } from '@playbook/connector-kit/meter';
import { CodedError, isCodedError } from '@playbook/errors/coded-error';
import type { NetSuiteSettings } from './env.ts';
import { clientAssertion } from './oauth-assertion.ts';

export const TOKEN_PATH = '/services/rest/auth/oauth2/v1/token';
export const SUITEQL_PATH = '/services/rest/query/v1/suiteql';
export const RECORD_PATH = '/services/rest/record/v1';

/** One SuiteQL result row: lower-case column names, every value a string (or absent when null). */
export type SuiteQlRow = Record<string, string | undefined>;
interface SuiteQlPage {
  links: { rel: string; href: string }[];
  count: number;
  hasMore: boolean;
  items: SuiteQlRow[];
  offset: number;
  totalResults: number;
}

/** The fields of a purchase order the connector writes (REST record service, purchaseOrder). */
export interface NewNetSuitePurchaseOrder {
  externalId: string;
  vendorInternalId: string;
  tranDate: string;
  memo: string;
  expenseAccountId: string;
  amount: number;
}
export interface NetSuitePurchaseOrder {
  internalId: string;
  tranId: string;
  vendorInternalId: string;
}

/** A SuiteQL string literal (quotes doubled). */
export const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * SuiteTalk REST web services: an OAuth 2.0 access token from the client credentials (M2M) flow,
 * SuiteQL through the query service (POST with `Prefer: transient`, paged by limit/offset until
 * `hasMore` is false), and purchase orders through the record service, found by external id.
 */
export function netsuiteApi(s: NetSuiteSettings) {
  const secrets = [s.NETSUITE_PRIVATE_KEY];
  let token: { value: string; expiresAt: number } | undefined;
  const common = {
    baseUrl: s.NETSUITE_BASE_URL,
    secrets,
    baseDelayMs: s.NETSUITE_RETRY_BASE_MS,
    maxRetries: s.NETSUITE_MAX_RETRIES,
  };
  const tokenClient = createHttpClient(common);

  async function accessToken(meter?: Meter): Promise<string> {
    if (token && token.expiresAt > Date.now() + 60_000) return token.value;
    const audience = `${s.NETSUITE_BASE_URL.replace(/\/+$/, '')}${TOKEN_PATH}`;
    const res = await tokenClient.request<{ access_token: string; expires_in: string | number }>({
      method: 'POST',
      path: TOKEN_PATH,
      form: {
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: clientAssertion({
          clientId: s.NETSUITE_CLIENT_ID,
          certificateId: s.NETSUITE_CERTIFICATE_ID,
          privateKeyPem: s.NETSUITE_PRIVATE_KEY,
          audience,
        }),
      },
      ...(meter ? { meter } : {}),
    });
    token = { value: res.body.access_token, expiresAt: Date.now() + Number(res.body.expires_in) * 1000 };
    return token.value;
  }

  // The bearer token is redacted by pattern (it changes); the private key by value.
  const client = createHttpClient({
    ...common,
    auth: async () => ({ authorization: `Bearer ${await accessToken()}` }),
  });

  /** Every row of a SuiteQL query, page by page (`limit`/`offset`); `meter` counts calls, pages and retries. */
  async function suiteql(q: string, meter?: Meter): Promise<SuiteQlRow[]> {
    await accessToken(meter);
    const rows: SuiteQlRow[] = [];
    let offset = 0;
    for (;;) {
      const res = await client.request<SuiteQlPage>({
        method: 'POST',
        path: SUITEQL_PATH,
        query: { limit: s.NETSUITE_PAGE_SIZE, offset },
        headers: { prefer: 'transient' },
        json: { q },
        ...(meter ? { meter } : {}),
      });
      if (meter) meter.pages++;
      rows.push(...res.body.items.map(({ links: _links, ...row }: SuiteQlRow & { links?: unknown }) => row));
      if (!res.body.hasMore) return rows;
      offset += res.body.count;
    }
  }

  /** The purchase order whose external id is `externalId` (GET …/purchaseOrder/eid:<id>), if NetSuite has one. */
  async function findPurchaseOrder(externalId: string): Promise<NetSuitePurchaseOrder | undefined> {
    try {
      return await readPurchaseOrder(`eid:${encodeURIComponent(externalId)}`);
    } catch (error) {
      if (isCodedError(error) && error.details?.upstreamStatus === 404) return undefined;
      throw error;
    }
  }

  async function readPurchaseOrder(id: string): Promise<NetSuitePurchaseOrder> {
    const res = await client.request<{ id: string; tranId: string; entity: { id: string } }>({
      path: `${RECORD_PATH}/purchaseOrder/${id}`,
    });
    return { internalId: res.body.id, tranId: res.body.tranId, vendorInternalId: res.body.entity.id };
  }

  /** Creates the purchase order (204 + Location), then reads it back for its document number. */
  async function createPurchaseOrder(po: NewNetSuitePurchaseOrder): Promise<NetSuitePurchaseOrder> {
    const res = await client.request<unknown>({
      method: 'POST',
      path: `${RECORD_PATH}/purchaseOrder`,
      json: {
        externalId: po.externalId,
        entity: { id: po.vendorInternalId },
        tranDate: po.tranDate,
        memo: po.memo,
        expense: { items: [{ account: { id: po.expenseAccountId }, amount: po.amount, memo: po.memo }] },
      },
    });
    const id = res.headers.get('location')?.split('/').pop();
    if (!id)
      throw new CodedError('NETSUITE.NO_LOCATION', 'NetSuite created the purchase order but named no Location', 502);
    return readPurchaseOrder(id);
  }

  return { accessToken, suiteql, findPurchaseOrder, createPurchaseOrder };
}
export type NetSuiteApi = ReturnType<typeof netsuiteApi>;
