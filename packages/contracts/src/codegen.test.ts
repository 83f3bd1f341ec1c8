import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe as suite, expect, test } from 'vitest';
import { allEvents } from './catalog.ts';
import { TypeScriptDeclarations } from './codegen/avro-to-ts.ts';
import { generate } from './codegen/generate.ts';
import { staleGeneratedFiles } from './codegen/main.ts';
import { generatedDir, schemasDir } from './paths.ts';

suite('committed generated files', () => {
  test('equal what codegen produces now (run `npm run codegen` and commit)', () => {
    expect(staleGeneratedFiles()).toEqual([]);
  });

  test('carry the "do not edit" header and map every event type to its payload', () => {
    const types = generate().find((file) => file.name === 'types.ts')?.content ?? '';
    expect(types.startsWith('// generated — do not edit.')).toBe(true);
    expect(types).toContain("'testkit.WidgetCreated': WidgetCreatedPayload;");
    expect(types).toContain('export interface AuditEnvelope<P = unknown> {');
    expect(types).toContain("export type ActorKind = 'user' | 'connector' | 'schedule' | 'ai' | 'system';");
  });
});

suite('the staleness check', () => {
  let scratch = '';
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  function copyOf(dir: string): string {
    scratch = mkdtempSync(join(tmpdir(), 'codegen-'));
    cpSync(dir, scratch, { recursive: true });
    return scratch;
  }

  test('reports a hand-edited types file and a leftover file', () => {
    const generated = copyOf(generatedDir);
    writeFileSync(join(generated, 'types.ts'), '// edited by hand\n', { flag: 'a' });
    writeFileSync(join(generated, 'event-schemas.ts'), 'export const eventSchemas = [];\n');
    expect(staleGeneratedFiles(generated)).toEqual(['types.ts', 'event-schemas.ts']);
  });

  test('reports the types file when a payload schema was added without codegen', () => {
    const schemas = copyOf(schemasDir);
    const payload = { type: 'record', name: 'GadgetCreatedPayload', namespace: 'playbook.testkit', schemaVersion: 1 };
    const fields = [{ name: 'gadgetId', type: 'string', doc: 'Aggregate id.' }];
    writeFileSync(
      join(schemas, 'testkit', 'GadgetCreated.avsc'),
      JSON.stringify({ ...payload, doc: 'A gadget.', fields }),
    );
    expect(staleGeneratedFiles(generatedDir, schemas)).toEqual(['types.ts']);
  });

  test('every event type of the catalog has its payload in the generated types', () => {
    const types = generate().find((file) => file.name === 'types.ts')?.content ?? '';
    for (const event of allEvents()) expect(types).toContain(`'${event.type}': ${event.name}Payload;`);
  });
});

suite('Avro → TypeScript', () => {
  const record = (fields: object[]) => ({
    type: 'record' as const,
    name: 'Sample',
    namespace: 'playbook.sample',
    fields: fields as never,
  });

  function render(fields: object[]): string {
    const declarations = new TypeScriptDeclarations();
    declarations.declareRecord(record(fields));
    return declarations.render();
  }

  test('primitives, logical types, nullable unions and defaults', () => {
    const text = render([
      { name: 'id', type: { type: 'string', logicalType: 'uuid' } },
      { name: 'at', type: { type: 'long', logicalType: 'timestamp-millis' } },
      { name: 'ok', type: 'boolean' },
      { name: 'blob', type: 'bytes' },
      { name: 'note', type: ['null', 'string'], default: null },
    ]);
    expect(text).toContain('  id: string;');
    expect(text).toContain('  at: number;');
    expect(text).toContain('  ok: boolean;');
    expect(text).toContain('  blob: Buffer;');
    expect(text).toContain('  note?: string | null;');
  });

  test('nested records, enums, arrays and maps become named declarations', () => {
    const text = render([
      {
        name: 'lines',
        type: { type: 'array', items: { type: 'record', name: 'Line', fields: [{ name: 'cents', type: 'long' }] } },
      },
      { name: 'status', type: { type: 'enum', name: 'Status', symbols: ['open', 'closed'] }, doc: 'Where it stands.' },
      { name: 'byCode', type: { type: 'map', values: 'Line' } },
      { name: 'maybe', type: { type: 'array', items: ['null', 'int'] } },
    ]);
    expect(text).toContain('  lines: Line[];');
    expect(text).toContain('export interface Line {\n  cents: number;\n}');
    expect(text).toContain("export type Status = 'open' | 'closed';");
    expect(text).toContain('  /** Where it stands. */\n  status: Status;');
    expect(text).toContain('  byCode: Record<string, Line>;');
    expect(text).toContain('  maybe: (number | null)[];');
  });

  test('ambiguous unions are wrapped the way avsc wraps them', () => {
    const text = render([
      {
        name: 'either',
        type: ['null', { type: 'record', name: 'A', fields: [] }, { type: 'record', name: 'B', fields: [] }],
      },
    ]);
    expect(text).toContain("  either: { 'playbook.sample.A': A } | { 'playbook.sample.B': B } | null;");
  });

  test('two Avro types with the same short name are refused', () => {
    const declarations = new TypeScriptDeclarations();
    declarations.declareRecord({ type: 'record', name: 'Money', namespace: 'playbook.a', fields: [] });
    expect(() =>
      declarations.declareRecord({ type: 'record', name: 'Money', namespace: 'playbook.b', fields: [] }),
    ).toThrow(expect.objectContaining({ code: 'CONTRACTS.TYPE_NAME_CLASH' }));
  });
});
