// `npm run docs` (first step): writes docs/domain-catalog.md and the generated sections of
// docs/architecture.md from the code and schemas/. The flow diagrams come from the end-to-end
// tests (run-flow-tests.ts, the second step).
import { writeFileSync } from 'node:fs';
import { DOCS_DIR, expectedDocuments } from './documents.ts';
import { loadSystem } from './system-model.ts';

const system = await loadSystem();
for (const [file, content] of expectedDocuments(system)) {
  writeFileSync(`${DOCS_DIR}${file}`, content);
  console.log(`wrote docs/${file}`);
}
process.exit(0);
