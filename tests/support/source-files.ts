import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** The repository root, as `/`-separated paths relative to it are what the rules and messages use. */
export const ROOT = resolve(import.meta.dirname, '..', '..');
const SKIP = new Set(['node_modules', '.turbo', 'dist', 'coverage', '.git']);

export const repoPath = (absolute: string) => relative(ROOT, absolute).split(sep).join('/');

/** Every `.ts` file under the given top-level folders, as repository paths. */
export function sourceFiles(folders: string[] = ['packages', 'services', 'tools', 'tests']): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) files.push(repoPath(path));
    }
  };
  for (const folder of folders) walk(join(ROOT, folder));
  return files.sort();
}

export const readSource = (path: string) => readFileSync(join(ROOT, path), 'utf8');

export interface WorkspacePackage {
  name: string;
  /** Repository path of the package's folder, e.g. `services/approvals`. */
  dir: string;
  exports: Record<string, string>;
}

/** The workspace packages (one folder level below each workspace glob), by name. */
export function workspacePackages(): Map<string, WorkspacePackage> {
  const root = JSON.parse(readSource('package.json')) as { workspaces: string[] };
  const packages = new Map<string, WorkspacePackage>();
  for (const pattern of root.workspaces) {
    const parent = join(ROOT, pattern.slice(0, -2));
    const dirs = pattern.endsWith('/*')
      ? !existsSync(parent)
        ? []
        : readdirSync(parent)
            .map((d) => `${pattern.slice(0, -2)}/${d}`)
            .filter((d) => statSync(join(ROOT, d)).isDirectory())
      : [pattern];
    for (const dir of dirs) {
      if (!existsSync(join(ROOT, dir, 'package.json'))) continue;
      const manifest = JSON.parse(readSource(`${dir}/package.json`)) as { name: string; exports?: unknown };
      const exports = typeof manifest.exports === 'object' && manifest.exports ? manifest.exports : {};
      const targets = Object.fromEntries(
        Object.entries(exports).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      );
      packages.set(manifest.name, { name: manifest.name, dir, exports: targets });
    }
  }
  return packages;
}

/** Every module specifier a file names: static imports and re-exports (types included), `import()`. */
export function specifiersOf(path: string): string[] {
  return ts.preProcessFile(readSource(path), true, true).importedFiles.map((f) => f.fileName);
}

export type Resolution = { kind: 'file'; path: string } | { kind: 'external' } | { kind: 'unresolved' };

/**
 * Where a specifier in `from` leads: a relative path or an `@playbook/<name>/<subpath>` resolved
 * through that package's `exports` (an exact key, or one `*` pattern), else an outside module.
 */
export function resolveSpecifier(from: string, specifier: string, packages: Map<string, WorkspacePackage>): Resolution {
  if (specifier.startsWith('.')) {
    const path = repoPath(resolve(ROOT, dirname(from), specifier));
    return existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isFile()
      ? { kind: 'file', path }
      : { kind: 'unresolved' };
  }
  const match = /^(@playbook\/[^/]+)(\/.*)?$/.exec(specifier);
  if (!match) return { kind: 'external' };
  const pkg = packages.get(match[1]!);
  if (!pkg) return { kind: 'unresolved' };
  const subpath = `.${match[2] ?? ''}`;
  let target = pkg.exports[subpath];
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (target || !key.includes('*')) continue;
    const [head, tail] = key.split('*') as [string, string];
    if (subpath.startsWith(head) && subpath.endsWith(tail) && subpath.length >= head.length + tail.length)
      target = value.replace('*', subpath.slice(head.length, subpath.length - tail.length));
  }
  return target ? { kind: 'file', path: repoPath(join(ROOT, pkg.dir, target)) } : { kind: 'unresolved' };
}
