/**
 * Which contract a Box file is a document of: the `contractId` field of the Playbook metadata
 * template on the file, else a `#contract:<id>` tag in its name (e.g. "Acme SOW #contract:1b2c….pdf").
 * Neither: the file is no contract's document (skipped).
 */
export function contractIdOf(file: { name: string; metadata: Record<string, string> }): string | null {
  const fromMetadata = file.metadata.contractId?.trim();
  if (fromMetadata) return fromMetadata;
  return /#contract:([0-9A-Za-z-]+)/.exec(file.name)?.[1] ?? null;
}

/** Who stored a version fetched from Box: the Box login that last modified the file, as `box:<login>`. */
export const boxAuthor = (modifiedBy: string | null | undefined) => `box:${modifiedBy ?? 'unknown'}`;
