// Codegen CLI: `node src/codegen/main.ts` writes src/generated/; `--check` only compares.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDir, schemasDir } from '../paths.ts';
import { generate } from './generate.ts';

/** Names of generated files that differ from (or are missing in, or extra to) what codegen produces now. */
export function staleGeneratedFiles(dir: string = generatedDir, schemas: string = schemasDir): string[] {
  const expected = generate(schemas);
  const expectedNames = new Set(expected.map((file) => file.name));
  const differing = expected
    .filter((file) => !existsSync(join(dir, file.name)) || readFileSync(join(dir, file.name), 'utf8') !== file.content)
    .map((file) => file.name);
  const extra = existsSync(dir) ? readdirSync(dir).filter((name) => !expectedNames.has(name)) : [];
  return [...differing, ...extra];
}

function writeGeneratedFiles(dir: string = generatedDir): void {
  mkdirSync(dir, { recursive: true });
  const files = generate();
  const names = new Set(files.map((file) => file.name));
  for (const name of readdirSync(dir)) if (!names.has(name)) rmSync(join(dir, name));
  for (const file of files) writeFileSync(join(dir, file.name), file.content);
  console.log(`codegen: wrote ${files.map((file) => `src/generated/${file.name}`).join(', ')}`);
}

if (import.meta.main) {
  if (process.argv.includes('--check')) {
    const stale = staleGeneratedFiles();
    if (stale.length > 0) {
      console.error(`codegen: out of date: ${stale.join(', ')} — run \`npm run codegen\` and commit the result`);
      process.exit(1);
    }
    console.log('codegen: generated files are up to date');
  } else {
    writeGeneratedFiles();
  }
}
