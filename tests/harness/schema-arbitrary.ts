import fc, { type Arbitrary } from 'fast-check';

/** The subset of JSON Schema (OpenAPI 3.1) our routes' zod schemas produce. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
}

const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** One of the ids seen so far (deterministic under a fixed seed: the index is drawn, not the id). */
export const fromPool = (pool: () => string[]) =>
  fc.nat().map((i) => {
    const ids = pool();
    return ids.length ? ids[i % ids.length]! : 'none';
  });

/** Strings a careless or hostile client sends: control characters, very long, unicode, ids of records that exist. */
export const nastyString = (pool: () => string[]) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ minLength: 1, maxLength: 20 }).map((s) => `${s}\u0001\u001b[2J\u007f${s}`),
    fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
    fc.constantFrom('', ' ', '..', '../../etc/passwd', "' or 1=1 --", '%', '%zz', '\ud800', '1e309', '-0', 'null'),
    fromPool(pool),
  );

/**
 * A fast-check arbitrary of values valid for `schema` (its bounds included: fast-check reaches for
 * the edges), resolving `$ref`s in `components`; `pool` offers ids of records that exist, so valid
 * requests reach past "not found".
 */
export function arbitraryOf(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  pool: () => string[],
  depth = 0,
): Arbitrary<unknown> {
  if (schema.$ref) return arbitraryOf(components[schema.$ref.split('/').pop()!] ?? {}, components, pool, depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((s) => arbitraryOf(s, components, pool, depth + 1)));
  if (schema.allOf) return arbitraryOf(Object.assign({}, ...schema.allOf), components, pool, depth + 1);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? (schema.properties ? 'object' : 'any')];
  return fc.oneof(...types.map((type) => ofType(type, schema, components, pool, depth)));
}

function ofType(
  type: string,
  s: JsonSchema,
  components: Record<string, JsonSchema>,
  pool: () => string[],
  depth: number,
): Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : Number.MIN_SAFE_INTEGER);
      const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : Number.MAX_SAFE_INTEGER);
      return type === 'integer'
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'string':
      return stringOf(s, pool);
    case 'array':
      return fc.array(arbitraryOf(s.items ?? {}, components, pool, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 5, 5),
      });
    case 'object': {
      const required = new Set(s.required ?? []);
      const properties = Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([k, v]) => [k, arbitraryOf(v, components, pool, depth + 1)]),
      );
      return fc.record(properties, { requiredKeys: [...required].filter((k) => k in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringOf(s: JsonSchema, pool: () => string[]): Arbitrary<string> {
  if (s.format === 'date' || s.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return day;
  if (s.format === 'email') return fc.emailAddress();
  if (s.format === 'uuid') return fc.uuid();
  if (s.format === 'date-time') return day.map((d) => `${d}T12:00:00.000Z`);
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern));
  const minLength = s.minLength ?? 0;
  const maxLength = Math.min(s.maxLength ?? 60, 400);
  const text = fc.string({ minLength, maxLength, unit: 'grapheme' });
  return fc.oneof({ arbitrary: text, weight: 3 }, { arbitrary: fromPool(pool), weight: 1 });
}
