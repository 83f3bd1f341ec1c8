import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe as suite, expect, test } from 'vitest';
import { importCycles, importGraph } from './test-support/import-cycles.ts';

const packageSource = fileURLToPath(new URL('./', import.meta.url));

suite('packages/contracts', () => {
  test('has no import cycle', () => {
    const graph = importGraph(packageSource);
    expect(graph.get('catalog.ts')).toEqual(
      expect.arrayContaining(['descriptors.ts', 'envelope-validation.ts', 'naming.ts']),
    );
    expect(importCycles(graph)).toEqual([]);
  });
});

suite('the cycle finder', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function tree(files: Record<string, string>): Map<string, string[]> {
    dir = mkdtempSync(join(tmpdir(), 'import-cycles-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return importGraph(dir);
  }

  test('finds a cycle through a re-export, a type import and a sub-folder', () => {
    const graph = tree({
      'a.ts': "export { b } from './b.ts';",
      'b.ts': "import type { C } from './sub/c.ts';\nexport const b = 1;",
      'sub/c.ts': "import { b } from '../a.ts';\nexport type C = typeof b;",
      'd.ts': "import { b } from './b.ts';",
      'e.ts': "const self = await import('./e.ts');",
    });
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'sub/c.ts'], ['e.ts']]);
  });

  test('ignores package imports and a diamond without a cycle', () => {
    const graph = tree({
      'a.ts': "import avro from 'avsc';\nimport { b } from './b.ts';\nimport { c } from './c.ts';",
      'b.ts': "import { d } from './d.ts';",
      'c.ts': "import { d } from './d.ts';",
      'd.ts': 'export const d = 1;',
    });
    expect(importCycles(graph)).toEqual([]);
  });
});
