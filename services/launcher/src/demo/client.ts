/** A tiny JSON client for the demo seed and the welcome text: retries while projections catch up. */
export interface ApiCall {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  token: string;
  idempotencyKey?: string;
}

const CATCHING_UP = new Set([401, 403, 404, 503]);

/**
 * Grants and the scope tree reach each service through Kafka, a moment after the command that
 * made them: a 403/404 right after a grant is the projection catching up, so retry for a while.
 */
export async function call<T>(url: string, request: ApiCall, patienceMs = 30_000): Promise<T> {
  const deadline = Date.now() + patienceMs;
  for (;;) {
    const response = await fetch(url, {
      method: request.method ?? (request.body === undefined ? 'GET' : 'POST'),
      headers: {
        authorization: `Bearer ${request.token}`,
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(request.idempotencyKey ? { 'idempotency-key': request.idempotencyKey } : {}),
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
    const text = await response.text();
    if (response.ok) return (text ? JSON.parse(text) : undefined) as T;
    if (!CATCHING_UP.has(response.status) || Date.now() > deadline) {
      throw new Error(`${request.method ?? 'POST'} ${url} answered ${response.status}: ${text}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
