import { type AvroSchema, fullNameOf } from '../avro-schema.ts';

/** How avsc sorts union branches: a union is wrapped when two branches share a bucket. */
export interface UnionBranch {
  bucket: string;
  /** The key avsc uses for the branch of a wrapped union. */
  branchName: string;
}

const BUCKET_OF_KIND: Record<string, string> = {
  int: 'number',
  long: 'number',
  float: 'number',
  double: 'number',
  bytes: 'buffer',
  fixed: 'buffer',
  enum: 'string',
  map: 'object',
  record: 'object',
  error: 'object',
};

export function unionBucketOf(
  schema: AvroSchema,
  namespace: string | undefined,
  kindByFullName: ReadonlyMap<string, string>,
): UnionBranch {
  if (Array.isArray(schema)) return { bucket: 'union', branchName: 'union' };
  if (typeof schema === 'string') {
    const fullName = kindByFullName.has(schema) ? schema : fullNameOf(schema, namespace);
    const namedKind = kindByFullName.get(fullName);
    if (namedKind) return { bucket: BUCKET_OF_KIND[namedKind] ?? namedKind, branchName: fullName };
    return { bucket: BUCKET_OF_KIND[schema] ?? schema, branchName: schema };
  }
  const { type } = schema;
  if (typeof type !== 'string') return unionBucketOf(type, namespace, kindByFullName);
  if (schema.name && (type === 'record' || type === 'error' || type === 'enum' || type === 'fixed')) {
    return { bucket: BUCKET_OF_KIND[type] ?? type, branchName: fullNameOf(schema.name, schema.namespace ?? namespace) };
  }
  return unionBucketOf(type, namespace, kindByFullName);
}

export function isAmbiguousUnion(buckets: string[]): boolean {
  return new Set(buckets).size !== buckets.length;
}
