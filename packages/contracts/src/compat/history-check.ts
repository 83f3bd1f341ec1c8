import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { repoRoot, schemasDir as defaultSchemasDir } from '../paths.ts';
import { type PayloadSource, readPayloadSources } from '../schema-source.ts';
import { checkCompatibility } from './check-compatibility.ts';
import { type CommittedVersion, committedVersionsOf } from './git-history.ts';
import { withoutDocs } from './without-docs.ts';

export interface HistoryCheckOptions {
  /** The git work tree that holds the schemas folder (default: this repository). */
  repoDir?: string;
  schemasDir?: string;
}

export interface HistoryCheckResult {
  /** Each checked file (relative to the schemas folder) with how many committed versions it was checked against. */
  checked: Array<{ file: string; committedVersions: number }>;
  /** One sentence per problem; empty when every schema is compatible with its whole history. */
  breaks: string[];
}

/**
 * BACKWARD_TRANSITIVE check of the schemas folder as it is now (working tree) against every
 * committed version of each file: the envelope template and every payload. Also checks that
 * a payload's `schemaVersion` was bumped when its schema changed, and never went down.
 */
export function checkSchemasAgainstHistory(options: HistoryCheckOptions = {}): HistoryCheckResult {
  const repoDir = options.repoDir ?? repoRoot;
  const schemasDir = options.schemasDir ?? defaultSchemasDir;
  const envelopeFile = 'envelope/AuditEnvelope.avsc';
  const targets: Array<{ file: string; label: string; payload?: PayloadSource }> = [
    { file: envelopeFile, label: 'envelope.AuditEnvelope' },
    ...readPayloadSources(schemasDir).map((payload) => ({ file: payload.file, label: payload.type, payload })),
  ];
  const checked: HistoryCheckResult['checked'] = [];
  const breaks: string[] = [];
  for (const target of targets) {
    const current = JSON.parse(readFileSync(join(schemasDir, target.file), 'utf8')) as Record<string, unknown>;
    const repoPath = relative(repoDir, join(schemasDir, target.file)).split(sep).join('/');
    const versions = committedVersionsOf(repoDir, repoPath);
    checked.push({ file: target.file, committedVersions: versions.length });
    for (const version of versions) {
      breaks.push(...breaksAgainst(target.label, current, version));
    }
    const latest = versions[0];
    if (target.payload && latest) breaks.push(...versionBumpProblems(target.label, current, latest));
  }
  return { checked, breaks };
}

function breaksAgainst(label: string, current: object, version: CommittedVersion): string[] {
  const old = parseOrUndefined(version.text);
  if (!old) return [];
  try {
    return checkCompatibility(label, old, current).breaks.map(
      (sentence) => `${sentence} (vs ${version.path} at ${version.commit.slice(0, 8)})`,
    );
  } catch {
    return []; // an old version that no longer parses was never readable; nothing to stay compatible with
  }
}

function versionBumpProblems(label: string, current: Record<string, unknown>, latest: CommittedVersion): string[] {
  const old = parseOrUndefined(latest.text);
  const oldVersion = old?.schemaVersion;
  const currentVersion = current.schemaVersion;
  if (!old || typeof oldVersion !== 'number' || typeof currentVersion !== 'number') return [];
  const at = `${latest.path} at ${latest.commit.slice(0, 8)}`;
  if (currentVersion < oldVersion) {
    return [`${label}: schemaVersion went down from ${oldVersion} to ${currentVersion} (vs ${at})`];
  }
  const changed = JSON.stringify(withoutDocs(old)) !== JSON.stringify(withoutDocs(current));
  if (changed && currentVersion === oldVersion) {
    return [`${label}: the schema changed but schemaVersion is still ${currentVersion} — bump it (vs ${at})`];
  }
  return [];
}

function parseOrUndefined(text: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
