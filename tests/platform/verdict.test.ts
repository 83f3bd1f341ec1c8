import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verdict } from '../../deploy/local/verdict.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'tests/fixtures/verdict');

/** A real vitest run over the fixtures, as turbo logs it (each line prefixed `<package>:test: `). */
function fixtureRun() {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/vitest'), ['run', '--root', FIXTURES], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '1', VITEST: undefined, VITEST_WORKER_ID: undefined },
  });
  const log = `${run.stdout}${run.stderr}`
    .split('\n')
    .map((line) => `@playbook/fixture:test: ${line}`)
    .join('\n');
  return { log, status: run.status ?? 1 };
}

/** The summary step exactly as check-all.sh calls it. */
function summaryStep(log: string, codes: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'verdict-'));
  writeFileSync(join(dir, 'turbo.log'), log);
  const step = spawnSync(
    join(ROOT, 'node_modules/.bin/node'),
    [join(ROOT, 'deploy/local/verdict.ts'), '--log', join(dir, 'turbo.log'), ...codes],
    { encoding: 'utf8' },
  );
  return { out: step.stdout, status: step.status };
}

describe('the verdict line of npm test', () => {
  it('counts a failed teardown and a failed setup as failures, names them, and exits 1', () => {
    const run = fixtureRun();
    expect(run.status).not.toBe(0);
    const { out, status } = summaryStep(run.log, ['--tests', String(run.status), '--typecheck', '0', '--lint', '0']);
    const lines = out.trim().split('\n');
    expect(lines.at(-1)).toBe('tests: 2 passed, 2 failed, 2 skipped');
    expect(out).toMatch(
      /@playbook\/fixture: teardown-fails\.fixture\.ts \(the file failed.*\) — Error: teardown broke \(on purpose/,
    );
    expect(out).toMatch(
      /@playbook\/fixture: setup-fails\.fixture\.ts \(the file failed.*\) — Error: setup broke \(on purpose/,
    );
    expect(out).not.toMatch(/passes\.fixture\.ts/);
    expect(status).toBe(1);
  }, 60_000);

  it('agrees with the exit code when only a step fails, or a run fails without naming anything', () => {
    const green = '@playbook/x:test:       Tests  3 passed (3)';
    expect(verdict(green, { tests: 0, typecheck: 0, lint: 0 })).toMatchObject({ failed: 0, exitCode: 0 });
    const lint = verdict(green, { tests: 0, typecheck: 0, lint: 1 });
    expect(lint.lines.at(-1)).toBe('tests: 3 passed, 1 failed');
    expect(lint.failures).toEqual(['lint failed (biome check .)']);
    const silent = verdict(green, { tests: 1, typecheck: 0, lint: 0 });
    expect(silent).toMatchObject({ failed: 1, exitCode: 1 });
    expect(silent.failures[0]).toMatch(/exited 1 without naming a failure/);
  });

  it('names a failed test and an unhandled error once each, each failure with its reason', () => {
    const log = [
      '@playbook/x:test:  FAIL  test/a.test.ts > orders > ships',
      '@playbook/x:test: AssertionError: expected 3 > 4 to be true',
      '@playbook/x:test:  FAIL  test/a.test.ts > orders > ships',
      '@playbook/x:test: AssertionError: a later repeat of the name does not replace its reason',
      '@playbook/x:test:       Tests  4 passed | 1 failed (5)',
      '@playbook/x:test:      Errors  1 error',
    ].join('\n');
    const result = verdict(log, { tests: 1, typecheck: 0, lint: 0 });
    expect(result.failures).toEqual([
      '@playbook/x: test/a.test.ts > orders > ships — AssertionError: expected 3 > 4 to be true',
      '@playbook/x: unhandled error 1 of 1 (see "Unhandled Errors" above)',
    ]);
    expect(result.lines.at(-1)).toBe('tests: 4 passed, 2 failed');
  });
});
