// The import rules of the repository, checked by reading the source files (no infrastructure):
// libraries under packages/ never import an app under services/, and no import cycle anywhere.
// The graph covers relative imports and `@playbook/*` subpath imports of every `.ts` file under
// packages/, services/ and tests/, resolved through each workspace package's `exports`.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycleIn, cyclicComponents, importGraph, type ImportGraph } from '../support/import-graph.ts';
import { ROOT, repoPath, sourceFiles, specifiersOf, workspacePackages } from '../support/source-files.ts';

const graph = importGraph();

describe('dependency direction', () => {
  it('no file under packages/ imports a service (by package name or by relative path)', () => {
    const services = [...workspacePackages().values()].filter((p) => p.dir.startsWith('services/'));
    const violations = sourceFiles(['packages']).flatMap((file) =>
      specifiersOf(file)
        .filter((specifier) =>
          specifier.startsWith('.')
            ? repoPath(resolve(ROOT, file, '..', specifier)).startsWith('services/')
            : services.some((s) => specifier === s.name || specifier.startsWith(`${s.name}/`)),
        )
        .map((specifier) => `${file} imports ${specifier}`),
    );
    expect(violations).toEqual([]);
  });
});

describe('import cycles', () => {
  it('every relative and @playbook/* import resolves to a file, so the graph below misses no edge', () => {
    expect(graph.unresolved.map(({ from, specifier }) => `${from}: ${specifier}`)).toEqual([]);
    expect(graph.edges.length).toBeGreaterThan(graph.files.length);
  });

  it('there is no import cycle in packages/, services/ or tests/', () => {
    const cycles = cyclicComponents(graph).map((component) => cycleIn(graph, component).join(' → '));
    expect(cycles).toEqual([]);
  });

  it('the cycle finder finds a cycle when there is one, and names it', () => {
    const synthetic: ImportGraph = {
      files: ['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts'],
      edges: [
        { from: 'a.ts', specifier: './b.ts', to: 'b.ts' },
        { from: 'b.ts', specifier: './c.ts', to: 'c.ts' },
        { from: 'c.ts', specifier: './a.ts', to: 'a.ts' },
        { from: 'c.ts', specifier: './d.ts', to: 'd.ts' },
        { from: 'e.ts', specifier: './e.ts', to: 'e.ts' },
      ],
      unresolved: [],
    };
    const components = cyclicComponents(synthetic);
    expect(components).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
    expect(cycleIn(synthetic, components[0]!)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
    expect(cycleIn(synthetic, components[1]!)).toEqual(['e.ts', 'e.ts']);
  });
});
