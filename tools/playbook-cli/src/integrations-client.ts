import type { Window } from '@playbook/connector-kit/window';

export type Send = (url: string, init?: RequestInit) => Promise<Response>;

export interface ConnectorInfo {
  system: string;
  name: string;
  direction: 'in' | 'out' | 'in+out';
  datasets: string[];
  enabled: boolean;
}

export interface WindowInfo {
  requestId: string;
  dataset: string;
  from: string;
  to: string;
  status: 'requested' | 'fetched' | 'failed';
  fetched: number | null;
  error: string | null;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  constructor(status: number, code: string | undefined, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** integrations' HTTP API, as the backfill uses it. `send` is fetch, or a service's app.request in tests. */
export function integrationsClient(o: { baseUrl: string; token: string; send?: Send }) {
  const send: Send = o.send ?? fetch;
  const root = o.baseUrl.replace(/\/+$/, '');
  async function call<T>(path: string, body?: unknown): Promise<T> {
    const response = await send(`${root}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${o.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }).catch((error: Error) => {
      throw new ApiError(0, undefined, `could not reach integrations at ${root} (${error.message}); is it running?`);
    });
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const detail = parsed?.detail ?? parsed?.title ?? text.slice(0, 200);
      throw new ApiError(response.status, parsed?.code, `${path} answered ${response.status}: ${detail}`);
    }
    return parsed as T;
  }
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    connector: (system: string) => call<ConnectorInfo>(`/connectors/${encodeURIComponent(system)}`),
    /** Asks for a window: the same window asked again is answered with what is known of it, nothing more. */
    ask: (system: string, dataset: string, w: Window) =>
      call<WindowInfo>(`/connectors/${encodeURIComponent(system)}/sync`, { dataset, from: iso(w.from), to: iso(w.to) }),
    /** Every window of `dataset` overlapping [from, to), all pages. */
    async windows(system: string, dataset: string, range: Window): Promise<WindowInfo[]> {
      const out: WindowInfo[] = [];
      let cursor: string | null = null;
      do {
        const query = new URLSearchParams({ dataset, from: iso(range.from), to: iso(range.to), limit: '100' });
        if (cursor) query.set('cursor', cursor);
        const page: { items: WindowInfo[]; nextCursor: string | null } = await call(
          `/connectors/${encodeURIComponent(system)}/windows?${query}`,
        );
        out.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return out;
    },
  };
}
export type IntegrationsClient = ReturnType<typeof integrationsClient>;
