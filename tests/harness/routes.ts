import type { Records } from './permission-expectations.ts';

export interface Answer {
  status: number;
  type: string | null;
  text: string;
}
export interface Route {
  module: string;
  operationId: string;
  method: string;
  /** The OpenAPI path, e.g. /engagements/{engagementId}. */
  path: string;
  hasParams: boolean;
  operation: any;
  call(token: string, body: unknown, records: Records, key: string): Promise<Answer>;
}

const COMMANDS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Every operation a module documents at its own /openapi.json, callable with a token and a body. */
export async function routesOf(
  module: string,
  baseUrl: string,
  send: (url: string, init?: RequestInit) => Response | Promise<Response> = fetch,
): Promise<Route[]> {
  const document = (await (await send(`${baseUrl}/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { operationId: string }>>;
  };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      module,
      operationId: operation.operationId,
      method: method.toUpperCase(),
      path,
      hasParams: path.includes('{'),
      operation,
      async call(token, body, records, key) {
        const concrete = path.replaceAll(/\{([^}]+)\}/g, (_, name: string) => {
          const value = records[name];
          if (value === undefined) throw new Error(`no arranged record for path parameter ${name} of ${path}`);
          return encodeURIComponent(value);
        });
        const list = method === 'get' && !path.endsWith('}') ? '?limit=100' : '';
        const response = await send(`${baseUrl}${concrete}${list}`, {
          method: method.toUpperCase(),
          headers: {
            authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(COMMANDS.has(method.toUpperCase()) ? { 'idempotency-key': key } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
      },
    })),
  );
}
