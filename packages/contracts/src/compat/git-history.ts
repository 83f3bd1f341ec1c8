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
 */
export function committedVersionsOf(repoDir: string, repoRelativePath: string): CommittedVersion[] {
  const log = git(repoDir, [
    'log',
    '--format=commit %H',
    '--name-only',
    '--diff-filter=AMR',
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
    } else if (line.trim() && commit) {
      const text = git(repoDir, ['show', `${commit}:${line.trim()}`]);
      if (text !== undefined) versions.push({ commit, path: line.trim(), text });
      commit = undefined;
    }
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
