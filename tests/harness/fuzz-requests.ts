import fc, { type Arbitrary } from 'fast-check';
import type { Route } from './routes.ts';
import { arbitraryOf, fromPool, type JsonSchema, nastyString } from './schema-arbitrary.ts';

export interface FuzzRequest {
  kind: string;
  method: string;
  path: string;
  query: string;
  contentType?: string;
  body?: string;
}

interface Parameter {
  name: string;
  in: 'path' | 'query';
  schema: JsonSchema;
}

/** Percent-encodes; a lone surrogate (which cannot be UTF-8) goes as the raw bytes a hostile client would send. */
const encoded = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return `%ED%A0%80${encodeURIComponent(value.replaceAll(/[\ud800-\udfff]/g, ''))}`;
  }
};

const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

/**
 * Requests for one route, generated from its OpenAPI operation: schema-valid (bounds included),
 * invalid bodies (any JSON, nasty strings in the documented fields), nasty path and query values,
 * malformed JSON, wrong content types, deep nesting. `pool` offers ids of records that exist.
 */
export function requestsFor(
  route: Route,
  components: Record<string, JsonSchema>,
  pool: () => string[],
): Arbitrary<FuzzRequest> {
  const parameters = (route.operation.parameters ?? []) as Parameter[];
  const schemaOf = (p: Parameter) => arbitraryOf(p.schema, components, pool);
  const bodySchema = route.operation.requestBody?.content?.['application/json']?.schema as JsonSchema | undefined;
  const validBody = bodySchema ? arbitraryOf(bodySchema, components, pool) : fc.constant(undefined);
  const fields = Object.keys(
    bodySchema?.properties ??
      (bodySchema?.$ref ? (components[bodySchema.$ref.split('/').pop()!]?.properties ?? {}) : {}),
  );
  const nastyBody = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc
      .tuple(validBody, fc.constantFrom(...(fields.length ? fields : ['name'])), nastyString(pool))
      .map(([body, field, value]) => ({
        ...(typeof body === 'object' && body ? body : {}),
        [field]: value,
      })),
  );

  const pathOf = (values: Record<string, string>) =>
    route.path.replaceAll(/\{([^}]+)\}/g, (_, name: string) => encoded(values[name] ?? 'none'));
  const paramsArb = (nasty: boolean) =>
    fc.record(
      Object.fromEntries(
        parameters
          .filter((p) => p.in === 'path')
          .map((p) => [p.name, nasty ? nastyString(pool) : fc.oneof(fromPool(pool), schemaOf(p))]),
      ) as Record<string, Arbitrary<string>>,
    );
  const queryArb = (nasty: boolean) =>
    fc
      .record(
        Object.fromEntries(
          parameters.filter((p) => p.in === 'query').map((p) => [p.name, nasty ? nastyString(pool) : schemaOf(p)]),
        ),
        { requiredKeys: [] },
      )
      .map((q) => {
        const text = new URLSearchParams(
          Object.entries(q).map(([k, v]): [string, string] => [k, String(v)]),
        ).toString();
        return text ? `?${text}` : '';
      });
  const json = (body: unknown) => (body === undefined ? undefined : JSON.stringify(body));
  const request = (
    kind: string,
    body: Arbitrary<string | undefined>,
    nastyParams = false,
    nastyQuery = false,
    contentType = 'application/json',
  ) =>
    fc.record({ params: paramsArb(nastyParams), query: queryArb(nastyQuery), body }).map(
      ({ params, query, body: text }): FuzzRequest => ({
        kind,
        method: route.method,
        path: pathOf(params),
        query,
        ...(text === undefined ? {} : { body: text, contentType }),
      }),
    );

  const kinds: Arbitrary<FuzzRequest>[] = [
    request('valid', validBody.map(json)),
    request('nasty path', validBody.map(json), true),
    request('nasty query', validBody.map(json), false, true),
  ];
  if (route.method !== 'GET') {
    kinds.push(
      request('invalid body', nastyBody.map(json)),
      request(
        'malformed JSON',
        fc.string({ maxLength: 30 }).map((s) => `{"a": ${s}`),
      ),
      request(
        'control characters',
        fc.constantFrom('{"name":"a\\u0000b"}', '{"name":"\u0001\u0002"}', '{"\\u0000":1}'),
      ),
      request(
        'wrong content type',
        validBody.map((b) => json(b) ?? 'x'),
        false,
        false,
        'text/plain',
      ),
      request('deep nesting', fc.constantFrom(nested(40), nested(5_000), `{"a":${nested(100)}}`)),
    );
  }
  return fc.oneof(...kinds);
}
