import { createHttpClient } from '@playbook/connector-kit/http-client';
import type { Meter } from '@playbook/connector-kit/meter';
import type { Window } from '@playbook/connector-kit/window';
import type { RampSettings } from './env.ts';

/** A transaction as GET /developer/v1/transactions returns it (the fields the Playbook reads). */
export interface RampApiTransaction {
  id: string;
  amount: number;
  currency_code: string;
  user_transaction_time: string;
  merchant_name: string;
  sk_category_name?: string | null;
  state: string;
  memo?: string | null;
  card_holder: { user_id?: string | null; first_name: string; last_name: string };
  accounting_field_selections?: {
    category_info?: { name?: string } | null;
    external_id?: string | null;
    name: string;
  }[];
}

interface Page {
  data: RampApiTransaction[];
  page: { next: string | null };
}

/**
 * Ramp's Developer API: an OAuth 2.0 client-credentials token (POST /developer/v1/token, HTTP Basic
 * with the client id and secret, scope transactions:read), then the transactions of a window,
 * following `page.next` until it is null.
 */
export function rampApi(s: RampSettings) {
  let token: { value: string; expiresAt: number } | undefined;
  const tokenClient = createHttpClient({
    baseUrl: s.RAMP_BASE_URL,
    secrets: [s.RAMP_CLIENT_SECRET],
    baseDelayMs: s.RAMP_RETRY_BASE_MS,
  });
  const basic = Buffer.from(`${s.RAMP_CLIENT_ID}:${s.RAMP_CLIENT_SECRET}`).toString('base64');

  async function accessToken(meter?: Meter): Promise<string> {
    if (token && token.expiresAt > Date.now() + 60_000) return token.value;
    const res = await tokenClient.request<{ access_token: string; expires_in: number }>({
      method: 'POST',
      path: '/developer/v1/token',
      headers: { authorization: `Basic ${basic}` },
      form: { grant_type: 'client_credentials', scope: 'transactions:read' },
      ...(meter ? { meter } : {}),
    });
    token = { value: res.body.access_token, expiresAt: Date.now() + res.body.expires_in * 1000 };
    return token.value;
  }

  const client = createHttpClient({
    baseUrl: s.RAMP_BASE_URL,
    // The bearer token is redacted by pattern (it changes); the client secret by value.
    secrets: [s.RAMP_CLIENT_SECRET],
    auth: async () => ({ authorization: `Bearer ${await accessToken()}` }),
    baseDelayMs: s.RAMP_RETRY_BASE_MS,
  });

  /** Every transaction of the window, page by page; `meter` counts calls, pages and retries. */
  async function transactions(w: Window, meter: Meter): Promise<RampApiTransaction[]> {
    await accessToken(meter);
    const all: RampApiTransaction[] = [];
    let next: string | null = null;
    do {
      const res: { body: Page } = await client.request<Page>(
        next
          ? { path: next, meter }
          : {
              path: '/developer/v1/transactions',
              query: {
                from_date: new Date(w.from).toISOString(),
                to_date: new Date(w.to).toISOString(),
                page_size: s.RAMP_PAGE_SIZE,
              },
              meter,
            },
      );
      meter.pages++;
      all.push(...res.body.data);
      next = res.body.page.next;
    } while (next);
    return all;
  }

  return { transactions, accessToken };
}
