import { CodedError } from '@playbook/errors/coded-error';
import type { Meter } from './meter.ts';
import { redactor } from './redact.ts';

export interface HttpClientOptions {
  /** The vendor's API root, e.g. https://api.ramp.com or a sandbox's URL. */
  baseUrl: string;
  /** Every credential the client may send: kept out of every error text. */
  secrets?: readonly (string | undefined)[];
  /** Headers for each request (e.g. a bearer token, fetched lazily). */
  auth?: () => Promise<Record<string, string>>;
  /** Attempts after the first one, for 429, 5xx and network errors (default 4). */
  maxRetries?: number;
  /** First backoff, doubled on each retry, with jitter (default 200 ms). */
  baseDelayMs?: number;
  /** Cap on any single wait, Retry-After included (default 30 s). */
  maxDelayMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface HttpRequest {
  method?: string;
  /** A path under baseUrl, or an absolute URL on the same host (a `page.next` link). */
  path: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  form?: Record<string, string>;
  /** A raw body (CSV text, multipart FormData, bytes); give its content-type in `headers` unless fetch sets it. */
  body?: RequestInit['body'];
  headers?: Record<string, string>;
  meter?: Meter;
  /** Statuses answered as a response instead of an error (e.g. 409 for a vendor's "already exists" body). */
  passStatuses?: readonly number[];
  /**
   * Reads a successful response instead of the JSON reader, e.g. streaming a download into a hash.
   * A failure while reading counts as a network error: retried like one.
   */
  read?: (response: Response) => Promise<unknown>;
}

export interface HttpResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * A JSON HTTP client for one vendor: honours 429 + Retry-After and retries 5xx and network errors
 * with exponential backoff, counts calls and retries on the meter, and fails with
 * CONNECTOR.HTTP_FAILED whose text never holds a credential.
 */
export function createHttpClient(options: HttpClientOptions) {
  const redact = redactor(options.secrets ?? []);
  const maxRetries = options.maxRetries ?? 4;
  const base = options.baseDelayMs ?? 200;
  const cap = options.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? wait;
  const root = options.baseUrl.replace(/\/+$/, '');

  function urlOf(r: HttpRequest): URL {
    const url = /^https?:\/\//.test(r.path) ? new URL(r.path) : new URL(`${root}${r.path}`);
    if (url.origin !== new URL(root).origin) throw new CodedError('CONNECTOR.FOREIGN_URL', 'a link left the API host');
    for (const [k, v] of Object.entries(r.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    return url;
  }

  async function request<T>(r: HttpRequest): Promise<HttpResponse<T>> {
    const url = urlOf(r);
    const what = `${r.method ?? 'GET'} ${url.pathname}`;
    for (let attempt = 0; ; attempt++) {
      if (r.meter) r.meter.apiCalls++;
      let response: Response | undefined;
      let failure: string;
      try {
        response = await fetch(url, {
          method: r.method ?? 'GET',
          headers: {
            accept: 'application/json',
            ...(r.json !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}),
            ...(r.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
            ...(options.auth ? await options.auth() : {}),
            ...r.headers,
          },
          body:
            r.json !== undefined
              ? JSON.stringify(r.json)
              : r.form
                ? new URLSearchParams(r.form)
                : (r.body ?? undefined),
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        });
        if (response.ok || r.passStatuses?.includes(response.status))
          return {
            status: response.status,
            headers: response.headers,
            body: (await (response.ok && r.read ? r.read(response) : readBody(response))) as T,
          };
        const text = await response.text().catch(() => '');
        failure = `${what} answered ${response.status}: ${text.slice(0, 300)}`;
        const retryable = response.status === 429 || response.status >= 500;
        if (!retryable) throw failed(failure, response.status);
      } catch (error) {
        if (error instanceof CodedError) throw error;
        failure = `${what} failed: ${(error as Error).message}`;
      }
      if (attempt >= maxRetries) throw failed(`${failure} (after ${attempt + 1} attempts)`, response?.status);
      if (r.meter) r.meter.retries++;
      let delay = Math.min(cap, base * 2 ** attempt * (0.75 + Math.random() / 2));
      if (response?.status === 429) {
        if (r.meter) r.meter.rateLimitUnits++;
        delay = Math.min(cap, retryAfterMs(response.headers.get('retry-after')) ?? delay);
      }
      await sleep(delay);
    }
  }

  function failed(message: string, status?: number): CodedError {
    return new CodedError(
      'CONNECTOR.HTTP_FAILED',
      redact(message),
      502,
      status ? { upstreamStatus: status } : undefined,
    );
  }

  return { request, redact };
}
export type HttpClient = ReturnType<typeof createHttpClient>;

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
