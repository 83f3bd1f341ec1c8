// `npm run docs` (first step, with the infrastructure up): runs every end-to-end test that draws a
// flow (calls `expectFlowDiagram(`), with PLAYBOOK_DOCS=write so each writes its docs/flows/*.md from
// the audit trail of its own run. Adding a flow is one line in its test; nothing to list here.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const testsDir = fileURLToPath(new URL('../', import.meta.url));
const drawing = readdirSync(testsDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts') && !file.includes('node_modules'))
  .filter((file) => readFileSync(`${testsDir}${file}`, 'utf8').includes('expectFlowDiagram('))
  .sort();
console.log(`drawing flows from: ${drawing.join(', ') || '(no test draws a flow)'}`);
if (drawing.length > 0) {
  const run = spawnSync('vitest', ['run', ...drawing], {
    cwd: testsDir,
    stdio: 'inherit',
    env: { ...process.env, PLAYBOOK_DOCS: 'write' },
  });
  process.exit(run.status ?? 1);
}
