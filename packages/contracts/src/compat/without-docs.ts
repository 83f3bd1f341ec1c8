/** A copy of schema JSON without `doc` attributes and the top-level `schemaVersion`: what matters to data. */
export function withoutDocs(schema: Record<string, unknown>): unknown {
  const { schemaVersion: _schemaVersion, ...rest } = schema;
  return stripDocs(rest);
}

function stripDocs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripDocs);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'doc')
      .map(([key, inner]) => [key, stripDocs(inner)]),
  );
}
