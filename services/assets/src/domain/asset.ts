/** An asset version's content: the metadata the bytes are known by until Box holds them. */
export interface VersionContent {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

export type NewVersionOutcome =
  | { kind: 'add'; version: number }
  /** The latest version has this very content: a second copy would say nothing new. */
  | { kind: 'same-content'; version: number };

/** The number of the next version, unless the content is the latest version's already. */
export function nextVersion(latest: { version: number; sha256: string }, content: Pick<VersionContent, 'sha256'>) {
  return latest.sha256 === content.sha256
    ? ({ kind: 'same-content', version: latest.version } as NewVersionOutcome)
    : ({ kind: 'add', version: latest.version + 1 } as NewVersionOutcome);
}

export type ApprovalOutcome =
  | { kind: 'approve'; previous: number | null }
  /** That version is the approved one already (a retried request): nothing to do. */
  | { kind: 'unchanged' }
  | { kind: 'no-such-version'; latest: number };

/** Approving a version: any existing one may be approved, replacing the approval of another. */
export function approve(
  asset: { latestVersion: number; approvedVersion: number | null },
  version: number,
): ApprovalOutcome {
  if (version < 1 || version > asset.latestVersion) return { kind: 'no-such-version', latest: asset.latestVersion };
  if (asset.approvedVersion === version) return { kind: 'unchanged' };
  return { kind: 'approve', previous: asset.approvedVersion };
}

/** A SHA-256 as 64 lowercase hex characters. */
export const isSha256 = (value: string): boolean => /^[0-9a-f]{64}$/.test(value);

/** A media type such as image/png or application/vnd.ms-powerpoint (type/subtype, no parameters). */
export const isMediaType = (value: string): boolean =>
  /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i.test(value);

/** A colour as #RRGGBB. */
export const isHexColour = (value: string): boolean => /^#[0-9a-fA-F]{6}$/.test(value);
