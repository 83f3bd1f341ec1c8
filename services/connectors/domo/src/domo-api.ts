import { createHttpClient } from '@playbook/connector-kit/http-client';
import type { Meter } from '@playbook/connector-kit/meter';
import type { DomoSettings } from './env.ts';

export interface DomoDataset {
  id: string;
  name: string;
  rows?: number;
  columns?: number;
}
export interface Column {
  name: string;
  type: string;
}

/**
 * Domo's DataSet API (developer.domo.com, "DataSet API Reference" and the DataSet Quickstart):
 * an OAuth client-credentials token (GET /oauth/token?grant_type=client_credentials&scope=data,
 * HTTP Basic with the client id and secret), GET /v1/datasets (limit ≤ 50, offset) to find a
 * DataSet by name, POST /v1/datasets to create it with its schema, and PUT /v1/datasets/{id}/data
 * with a text/csv body, which replaces every row. Errors are `{ status, statusReason, message,
 * toe }`; 429 and 5xx are retried with backoff by the kit's client (Retry-After honoured).
 */
export function domoApi(s: DomoSettings) {
  let token: { value: string; expiresAt: number } | undefined;
  const common = {
    baseUrl: s.DOMO_BASE_URL,
    secrets: [s.DOMO_CLIENT_SECRET],
    baseDelayMs: s.DOMO_RETRY_BASE_MS,
    maxRetries: s.DOMO_MAX_RETRIES,
  };
  const tokenClient = createHttpClient(common);
  const basic = Buffer.from(`${s.DOMO_CLIENT_ID}:${s.DOMO_CLIENT_SECRET}`).toString('base64');

  async function accessToken(meter?: Meter): Promise<string> {
    if (token && token.expiresAt > Date.now() + 60_000) return token.value;
    const res = await tokenClient.request<{ access_token: string; expires_in: number }>({
      path: '/oauth/token',
      query: { grant_type: 'client_credentials', scope: 'data' },
      headers: { authorization: `Basic ${basic}` },
      ...(meter ? { meter } : {}),
    });
    token = { value: res.body.access_token, expiresAt: Date.now() + res.body.expires_in * 1000 };
    return token.value;
  }
  // The bearer token is redacted by pattern (it changes); the client secret by value.
  const client = createHttpClient({
    ...common,
    auth: async () => ({ authorization: `Bearer ${await accessToken()}` }),
  });

  /** The DataSet of that exact name, looking through every page of GET /v1/datasets. */
  async function findByName(name: string, meter: Meter): Promise<DomoDataset | undefined> {
    await accessToken(meter);
    for (let offset = 0; ; offset += 50) {
      const res = await client.request<DomoDataset[]>({ path: '/v1/datasets', query: { limit: 50, offset }, meter });
      meter.pages++;
      const found = res.body.find((d) => d.name === name);
      if (found) return found;
      if (res.body.length < 50) return undefined;
    }
  }

  async function create(name: string, description: string, columns: readonly Column[], meter: Meter) {
    await accessToken(meter);
    const res = await client.request<DomoDataset>({
      method: 'POST',
      path: '/v1/datasets',
      json: { name, description, rows: 0, schema: { columns } },
      meter,
    });
    return res.body;
  }

  /** Replaces every row of the DataSet with the CSV (no header line). */
  async function replaceData(datasetId: string, csv: string, meter: Meter): Promise<void> {
    await accessToken(meter);
    await client.request({
      method: 'PUT',
      path: `/v1/datasets/${encodeURIComponent(datasetId)}/data`,
      body: csv,
      headers: { 'content-type': 'text/csv' },
      meter,
    });
  }

  return { accessToken, findByName, create, replaceData, redact: client.redact };
}
export type DomoApi = ReturnType<typeof domoApi>;
