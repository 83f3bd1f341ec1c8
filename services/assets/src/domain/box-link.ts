/**
 * Which event a Box file is an asset of: the `eventId` field of the Playbook metadata template on
 * the file, else an `#event:<id>` tag in its name. Neither: not an event's asset (skipped).
 */
export function eventIdOf(file: { name: string; metadata: Record<string, string> }): string | null {
  const fromMetadata = file.metadata.eventId?.trim();
  if (fromMetadata) return fromMetadata;
  return /#event:([0-9A-Za-z_-]+)/.exec(file.name)?.[1] ?? null;
}

/** The asset's name: the file name without its tag and extension ("Stage backdrop #event:e-1.png" → "Stage backdrop"). */
export function assetNameOf(fileName: string): string {
  const bare = fileName
    .replace(/\s*#event:[0-9A-Za-z_-]+/g, '')
    .replace(/\.[A-Za-z0-9]{1,8}$/, '')
    .trim();
  return bare || fileName;
}

/** What a known file's new content is: nothing new (same SHA-1), a new version, or only a new SHA-1 for the same bytes. */
export function boxChange(
  known: { sha1: string; latestSha256: string } | undefined,
  file: { sha1: string; sha256: string },
): 'new-asset' | 'unchanged' | 'new-version' | 'same-content' {
  if (!known) return 'new-asset';
  if (known.sha1 === file.sha1) return 'unchanged';
  return known.latestSha256 === file.sha256 ? 'same-content' : 'new-version';
}
