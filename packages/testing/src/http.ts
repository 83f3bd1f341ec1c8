import type { Service } from '@playbook/service-kit/service';

/** Response bodies are whatever the service said: read them loosely, assert on them strictly. */
export const json = (response: Response): Promise<any> => response.json();

/** Requests through `service.app.request` as one caller. */
export function client(service: Service, authorization: string) {
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    service.app.request(path, {
      method,
      headers: { authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body: unknown = {}, headers?: Record<string, string>) => send('POST', path, body, headers),
    patch: (path: string, body: unknown, headers?: Record<string, string>) => send('PATCH', path, body, headers),
    delete: (path: string) => send('DELETE', path),
  };
}

/** The outbox rows of a service, oldest first: what it published (type, key, scope, payload). */
export async function outboxOf(service: Service, where: { type?: string; key?: string } = {}) {
  const rows = await service.sql()<{ type: string; key: string; payload: any }[]>`
    select type, key, payload from outbox
    where (${where.type ?? null}::text is null or type = ${where.type ?? null})
      and (${where.key ?? null}::text is null or key = ${where.key ?? null})
    order by seq`;
  return rows.map((r) => ({
    type: r.type,
    key: r.key,
    scope: r.payload.scope,
    payload: r.payload.payload,
    envelope: r.payload,
  }));
}
