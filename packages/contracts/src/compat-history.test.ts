import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe as suite, expect, test } from 'vitest';
import { checkSchemasAgainstHistory } from './compat.ts';
import { schemasDir } from './paths.ts';

suite('the real schemas folder', () => {
  test('is compatible with its whole git history', () => {
    const result = checkSchemasAgainstHistory();
    expect(result.breaks).toEqual([]);
    const widgetCreated = result.checked.find((entry) => entry.file === 'testkit/WidgetCreated.avsc');
    expect(widgetCreated?.committedVersions).toBeGreaterThanOrEqual(1);
  });
});

suite('a temporary repository', () => {
  const repos: string[] = [];
  afterEach(() => {
    for (const dir of repos.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const git = (repo: string, ...args: string[]) =>
    execFileSync(
      'git',
      ['-C', repo, '-c', 'user.name=contracts-test', '-c', 'user.email=contracts-test@example.invalid', ...args],
      { encoding: 'utf8' },
    );

  function newRepo(): string {
    const repo = mkdtempSync(join(tmpdir(), 'contracts-history-'));
    repos.push(repo);
    git(repo, 'init', '-q');
    mkdirSync(join(repo, 'schemas', 'testkit'), { recursive: true });
    cpSync(join(schemasDir, 'envelope'), join(repo, 'schemas', 'envelope'), { recursive: true });
    return repo;
  }

  function writeWidget(repo: string, schemaVersion: number, fields: object[]): void {
    const schema = {
      type: 'record',
      name: 'WidgetCreatedPayload',
      namespace: 'playbook.testkit',
      schemaVersion,
      doc: 'test',
      fields,
    };
    writeFileSync(join(repo, 'schemas', 'testkit', 'WidgetCreated.avsc'), JSON.stringify(schema, null, 2));
  }

  function commit(repo: string, message: string): string {
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', message);
    return git(repo, 'rev-parse', 'HEAD').trim();
  }

  const check = (repo: string) => checkSchemasAgainstHistory({ repoDir: repo, schemasDir: join(repo, 'schemas') });
  const widgetId = { name: 'widgetId', type: 'string' };

  test('a file with no history yet is fine', () => {
    const repo = newRepo();
    writeWidget(repo, 1, [widgetId]);
    expect(check(repo)).toEqual({
      checked: [
        { file: 'envelope/AuditEnvelope.avsc', committedVersions: 0 },
        { file: 'testkit/WidgetCreated.avsc', committedVersions: 0 },
      ],
      breaks: [],
    });
  });

  test('a breaking working-tree change is reported naming the field and the commit', () => {
    const repo = newRepo();
    writeWidget(repo, 1, [widgetId]);
    const v1 = commit(repo, 'v1');
    writeWidget(repo, 2, [widgetId, { name: 'color', type: 'string' }]);
    expect(check(repo).breaks).toEqual([
      `testkit.WidgetCreated: field "color" was added without a default — old records cannot be read (vs schemas/testkit/WidgetCreated.avsc at ${v1.slice(0, 8)})`,
    ]);
  });

  test('compatibility is transitive: every earlier version counts, not only the latest', () => {
    const repo = newRepo();
    writeWidget(repo, 1, [widgetId]);
    const v1 = commit(repo, 'v1');
    writeWidget(repo, 2, [widgetId, { name: 'color', type: 'string', default: 'grey' }]);
    commit(repo, 'v2');
    writeWidget(repo, 3, [widgetId, { name: 'color', type: 'string' }]);
    expect(check(repo).breaks).toEqual([
      expect.stringContaining(
        `field "color" was added without a default — old records cannot be read (vs schemas/testkit/WidgetCreated.avsc at ${v1.slice(0, 8)})`,
      ),
    ]);
  });

  test('a compatible change with a bumped schemaVersion passes; without a bump it is flagged', () => {
    const repo = newRepo();
    writeWidget(repo, 1, [widgetId]);
    commit(repo, 'v1');
    const compatibleFields = [widgetId, { name: 'color', type: ['null', 'string'], default: null }];
    writeWidget(repo, 2, compatibleFields);
    expect(check(repo).breaks).toEqual([]);
    writeWidget(repo, 1, compatibleFields);
    expect(check(repo).breaks).toEqual([
      expect.stringMatching(/^testkit.WidgetCreated: the schema changed but schemaVersion is still 1 — bump it/),
    ]);
  });

  test("a new file that resembles an existing one is checked on its own history, not the other file's", () => {
    const repo = newRepo();
    writeWidget(repo, 1, [widgetId, { name: 'name', type: 'string' }, { name: 'quantity', type: 'int' }]);
    commit(repo, 'v1');
    const copy = JSON.parse(readFileSync(join(repo, 'schemas', 'testkit', 'WidgetCreated.avsc'), 'utf8'));
    const lookalike = {
      ...copy,
      name: 'WidgetRemovedPayload',
      fields: [...copy.fields, { name: 'reason', type: 'string' }],
    };
    writeFileSync(join(repo, 'schemas', 'testkit', 'WidgetRemoved.avsc'), JSON.stringify(lookalike, null, 2));
    const added = commit(repo, 'a lookalike');
    expect(
      git(repo, 'log', '--follow', '--name-status', '--format=', '--', 'schemas/testkit/WidgetRemoved.avsc'),
    ).toMatch(/^C\d+/);
    const result = check(repo);
    expect(result.breaks).toEqual([]);
    expect(result.checked.find((entry) => entry.file === 'testkit/WidgetRemoved.avsc')?.committedVersions).toBe(1);
    writeFileSync(
      join(repo, 'schemas', 'testkit', 'WidgetRemoved.avsc'),
      JSON.stringify({ ...lookalike, fields: [widgetId] }, null, 2),
    );
    expect(check(repo).breaks).toEqual([
      expect.stringContaining(`(vs schemas/testkit/WidgetRemoved.avsc at ${added.slice(0, 8)})`),
    ]);
  });

  test('a renamed file keeps its history', () => {
    const repo = newRepo();
    writeWidget(repo, 1, [widgetId, { name: 'name', type: 'string' }]);
    const v1 = commit(repo, 'v1');
    git(repo, 'mv', 'schemas/testkit/WidgetCreated.avsc', 'schemas/testkit/WidgetMade.avsc');
    const moved = JSON.parse(readFileSync(join(repo, 'schemas', 'testkit', 'WidgetMade.avsc'), 'utf8'));
    writeFileSync(
      join(repo, 'schemas', 'testkit', 'WidgetMade.avsc'),
      JSON.stringify({ ...moved, name: 'WidgetMadePayload' }, null, 2),
    );
    commit(repo, 'renamed');
    const result = check(repo);
    expect(result.checked.find((entry) => entry.file === 'testkit/WidgetMade.avsc')?.committedVersions).toBe(2);
    expect(result.breaks).toEqual([
      expect.stringContaining(`(vs schemas/testkit/WidgetCreated.avsc at ${v1.slice(0, 8)})`),
    ]);
  });

  test('a shallow clone checks against the history it has', () => {
    const repo = newRepo();
    writeWidget(repo, 1, [widgetId]);
    commit(repo, 'v1');
    writeWidget(repo, 2, [widgetId, { name: 'color', type: 'string', default: 'grey' }]);
    commit(repo, 'v2');
    const clone = mkdtempSync(join(tmpdir(), 'contracts-shallow-'));
    repos.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const result = check(clone);
    expect(result.breaks).toEqual([]);
    expect(result.checked.find((entry) => entry.file === 'testkit/WidgetCreated.avsc')?.committedVersions).toBe(1);
  });
});
