import { resolveSpecifier, sourceFiles, specifiersOf, workspacePackages } from './source-files.ts';

export interface ImportEdge {
  from: string;
  specifier: string;
  to: string;
}

export interface ImportGraph {
  files: string[];
  edges: ImportEdge[];
  /** Relative or `@playbook/*` specifiers that lead to no file: the graph would miss an edge. */
  unresolved: { from: string; specifier: string }[];
}

/** Which `.ts` file imports which, over the given folders. */
export function importGraph(folders?: string[]): ImportGraph {
  const packages = workspacePackages();
  const files = sourceFiles(folders);
  const graph: ImportGraph = { files, edges: [], unresolved: [] };
  for (const from of files) {
    for (const specifier of specifiersOf(from)) {
      const resolution = resolveSpecifier(from, specifier, packages);
      if (resolution.kind === 'file') graph.edges.push({ from, specifier, to: resolution.path });
      else if (resolution.kind === 'unresolved') graph.unresolved.push({ from, specifier });
    }
  }
  return graph;
}

/** Tarjan's strongly connected components; every component with a cycle in it (size > 1, or a self-import). */
export function cyclicComponents(graph: ImportGraph): string[][] {
  const next = adjacency(graph);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];

  const connect = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || next.get(v)?.has(v)) components.push(component.sort());
  };

  for (const file of [...next.keys()].sort()) if (!index.has(file)) connect(file);
  return components;
}

/** One concrete cycle inside a component, for the message: `a.ts → b.ts → a.ts`. */
export function cycleIn(graph: ImportGraph, component: string[]): string[] {
  const next = adjacency(graph);
  const members = new Set(component);
  const start = component[0]!;
  // Breadth-first from the start's successors back to the start, inside the component only.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of next.get(v) ?? []) {
      if (!members.has(w) || previous.has(w)) continue;
      previous.set(w, v);
      if (w === start) queue.length = 0;
      else queue.push(w);
    }
  }
  const path: string[] = [];
  for (let v = previous.get(start)!; v !== start; v = previous.get(v)!) path.unshift(v);
  return [start, ...path, start];
}

function adjacency(graph: ImportGraph): Map<string, Set<string>> {
  const next = new Map<string, Set<string>>(graph.files.map((f) => [f, new Set<string>()]));
  for (const { from, to } of graph.edges) {
    if (!next.has(to)) next.set(to, new Set());
    next.get(from)!.add(to);
  }
  return next;
}
