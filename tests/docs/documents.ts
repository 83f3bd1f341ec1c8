// The generated documents and where they live; `npm run docs` writes them, docs.test.ts checks them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCatalog } from './catalog.ts';
import { replaceSection } from './markdown.ts';
import { renderSystemDiagram } from './system-diagram.ts';
import type { SystemModel } from './system-model.ts';

export const DOCS_DIR = fileURLToPath(new URL('../../docs/', import.meta.url));
export const FLOWS_DIR = `${DOCS_DIR}flows/`;

/** Every generated file (path under docs/ → its content) as the code and schemas say it should read. */
export function expectedDocuments(system: SystemModel): Map<string, string> {
  const architecture = readFileSync(`${DOCS_DIR}architecture.md`, 'utf8');
  const withDiagram = replaceSection(architecture, 'system-diagram', renderSystemDiagram(system));
  return new Map([
    ['domain-catalog.md', renderCatalog(system)],
    ['architecture.md', replaceSection(withDiagram, 'flows', flowIndex())],
  ]);
}

/** The flow diagrams the end-to-end tests wrote, by their titles. */
function flowIndex(): string {
  if (!existsSync(FLOWS_DIR)) return '_No flow diagram yet._';
  const files = readdirSync(FLOWS_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort();
  if (files.length === 0) return '_No flow diagram yet._';
  return files
    .map((f) => {
      const title = readFileSync(`${FLOWS_DIR}${f}`, 'utf8').match(/^# (.+)$/m)?.[1] ?? f;
      return `- [${title}](flows/${f})`;
    })
    .join('\n');
}
