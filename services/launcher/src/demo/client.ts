/** A tiny JSON client for the demo seed (and end-to-end tests): one call as a person would make it. */
export interface ApiCall {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  token: string;
  idempotencyKey?: string | undefined;
  correlationId?: string | undefined;
  traceparent?: string | undefined;
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  /** Whatever the service said, parsed; callers assert on it. */
  // biome-ignore lint/suspicious/noExplicitAny: a body is read loosely and checked by whoever reads it
  body: any;
}

/** One request: bearer token, JSON body, optional Idempotency-Key, X-Correlation-Id and traceparent. */
export async function send(url: string, request: ApiCall): Promise<ApiAnswer> {
  const response = await fetch(url, {
    method: methodOf(request),
    headers: {
      authorization: `Bearer ${request.token}`,
      ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(request.idempotencyKey ? { 'idempotency-key': request.idempotencyKey } : {}),
      ...(request.correlationId ? { 'x-correlation-id': request.correlationId } : {}),
      ...(request.traceparent ? { traceparent: request.traceparent } : {}),
    },
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

const methodOf = (request: ApiCall) => request.method ?? (request.body === undefined ? 'GET' : 'POST');
const CATCHING_UP = new Set([401, 403, 404, 503]);

/**
 * Grants and the scope tree reach each service through Kafka, a moment after the command that
 * made them: a 403/404 right after a grant is the projection catching up, so retry for a while.
 */
export async function call<T>(url: string, request: ApiCall, patienceMs = 30_000): Promise<T> {
  const deadline = Date.now() + patienceMs;
  for (;;) {
    const answer = await send(url, request);
    if (answer.status < 300) return answer.body as T;
    if (!CATCHING_UP.has(answer.status) || Date.now() > deadline) {
      throw new Error(`${methodOf(request)} ${url} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
