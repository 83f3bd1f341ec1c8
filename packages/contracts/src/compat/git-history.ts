import { execFileSync } from 'node:child_process';

/** One committed version of a file. */
export interface CommittedVersion {
  commit: string;
  /** Path of the file at that commit (it may have been renamed since), relative to the repo root. */
  path: string;
  text: string;
}

/**
 * Every committed version of a file, newest first, following renames. Tolerates a file with
 * no history yet, a shallow clone (only the history that is there) and a missing git.
 * `git log --follow` also follows copies: a new file that resembles an existing one (status C,
 * the source still exists) starts its own history there, so the walk stops at the copy.
 */
export function committedVersionsOf(repoDir: string, repoRelativePath: string): CommittedVersion[] {
  const log = git(repoDir, [
    'log',
    '--format=commit %H',
    '--name-status',
    '--diff-filter=ACMR',
    '--follow',
    '--',
    repoRelativePath,
  ]);
  if (log === undefined) return [];
  const versions: CommittedVersion[] = [];
  let commit: string | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('commit ')) {
      commit = line.slice('commit '.length).trim();
      continue;
    }
    if (!line.trim() || !commit) continue;
    const [status = '', ...paths] = line.split('\t');
    const path = paths.at(-1)?.trim() ?? '';
    const text = git(repoDir, ['show', `${commit}:${path}`]);
    if (text !== undefined) versions.push({ commit, path, text });
    commit = undefined;
    if (status.startsWith('C')) break;
  }
  return versions;
}

function git(repoDir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', repoDir, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}
