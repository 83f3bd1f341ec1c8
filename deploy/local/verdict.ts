// The closing verdict of `npm test` (deploy/local/check-all.sh): reads the turbo log of every
// package's vitest run and the exit codes of the steps, names every failure, and prints one line,
// `tests: N passed, M failed[, K skipped]`, whose failure count agrees with the exit code. A failed
// file (a setup or teardown hook, an import) and an unhandled error count as failures, not only
// failed test cases; so does a step that failed without naming anything.
//
//   node deploy/local/verdict.ts --log <turbo log> --tests <rc> [--typecheck <rc>] [--lint <rc>]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

export interface StepCodes {
  typecheck?: number;
  lint?: number;
  tests: number;
}

export interface Verdict {
  passed: number;
  failed: number;
  skipped: number;
  /** One line per failure: `<package>: <what failed>`, then `— <the error's first line>` when the log gives it. */
  failures: string[];
  lines: string[];
  exitCode: number;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are control characters
const ANSI = /\x1b\[[0-9;]*m/g;
const count = (line: string, word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);

export function verdict(log: string, codes: StepCodes): Verdict {
  let passed = 0;
  let failedTests = 0;
  let skipped = 0;
  const failures: string[] = [];
  const named = new Map<string, number>();
  const name = (what: string) => {
    if (!named.has(what)) named.set(what, failures.push(what) - 1);
    return named.get(what)!;
  };
  // Vitest prints a failure's error on the line after its FAIL line (in its summary): the reason is
  // carried into the verdict, so a log read from its tail (CI keeps only that) still says why.
  let awaitingReason: { pkg: string; index: number } | undefined;
  const because = (pkg: string, trimmed: string) => {
    const waiting = awaitingReason;
    if (!waiting || waiting.pkg !== pkg || trimmed === '') return;
    awaitingReason = undefined;
    if (/^(FAIL\s|⎯|❯)/.test(trimmed) || failures[waiting.index]!.includes(' — ')) return;
    const reason = trimmed.length > 240 ? `${trimmed.slice(0, 239)}…` : trimmed;
    failures[waiting.index] = `${failures[waiting.index]} — ${reason}`;
  };
  for (const raw of log.replace(ANSI, '').split('\n')) {
    const m = /^(\S+?):test:\s?(.*)$/.exec(raw);
    if (!m) continue;
    const [, pkg, line] = m as unknown as [string, string, string];
    const trimmed = line.trim();
    because(pkg, trimmed);
    if (/^Tests\s/.test(trimmed)) {
      passed += count(trimmed, 'passed');
      failedTests += count(trimmed, 'failed');
      skipped += count(trimmed, 'skipped');
    } else if (/^Errors\s/.test(trimmed)) {
      // "Errors  2 errors": unhandled errors, outside any test.
      const n = count(trimmed, 'errors?');
      for (let i = 1; i <= n; i++) name(`${pkg}: unhandled error ${i} of ${n} (see "Unhandled Errors" above)`);
    } else {
      // " FAIL  file.test.ts [ file.test.ts ]" is a file-level failure (hook, import);
      // " FAIL  file.test.ts > suite > test" a failed test.
      const fail = /^FAIL\s+(\S+)\s+(\[ .* \]|>.*)$/.exec(trimmed);
      if (fail) {
        const [, file, rest] = fail as unknown as [string, string, string];
        const index = name(
          rest.startsWith('[')
            ? `${pkg}: ${file} (the file failed: a hook, its setup or an import)`
            : `${pkg}: ${file} ${rest}`,
        );
        awaitingReason = { pkg, index };
      }
    }
  }
  // Named failures that are not test cases: failed files and unhandled errors.
  const otherFailures = [...named.keys()].filter((f) => !/ > /.test(f)).length;
  let failed = failedTests + otherFailures;
  if (codes.typecheck) name('typecheck failed (tsc -p tsconfig.json)');
  if (codes.lint) name('lint failed (biome check .)');
  failed += (codes.typecheck ? 1 : 0) + (codes.lint ? 1 : 0);
  if (codes.tests !== 0 && failedTests + otherFailures === 0) {
    name(`the test step exited ${codes.tests} without naming a failure (see the log above)`);
    failed += 1;
  }
  const exitCode = failed > 0 ? 1 : 0;
  const lines = [
    ...(failures.length > 0 ? ['failures:', ...failures.map((f) => `  ${f}`)] : []),
    `typecheck: ${codes.typecheck ? 'FAILED' : codes.typecheck === undefined ? 'not run' : 'ok'}`,
    `lint: ${codes.lint ? 'FAILED' : codes.lint === undefined ? 'not run' : 'ok'}`,
    `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
  ];
  return { passed, failed, skipped, failures, lines, exitCode };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      log: { type: 'string' },
      tests: { type: 'string' },
      typecheck: { type: 'string' },
      lint: { type: 'string' },
    },
  });
  if (!values.log || values.tests === undefined) {
    console.error('usage: node deploy/local/verdict.ts --log <file> --tests <rc> [--typecheck <rc>] [--lint <rc>]');
    process.exit(2);
  }
  const code = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const result = verdict(readFileSync(values.log, 'utf8'), {
    tests: Number(values.tests),
    typecheck: code(values.typecheck),
    lint: code(values.lint),
  });
  console.log(`\n${result.lines.join('\n')}`);
  process.exit(result.exitCode);
}
