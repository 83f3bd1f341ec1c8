import type { BoxFile } from '@playbook/contracts/types';
import type { BoxApiFile } from '../box-api.ts';

export type FolderRole = 'contracts' | 'assets';

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  key: 'application/vnd.apple.keynote',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  ai: 'application/postscript',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  zip: 'application/zip',
};

/** Box gives no media type: it is derived from the extension (Box's `extension`, else the name's). */
export function mediaTypeOf(f: Pick<BoxApiFile, 'name' | 'extension'>): string {
  const ext = (f.extension || f.name.split('.').at(-1) || '').toLowerCase();
  return MEDIA_TYPES[ext] ?? 'application/octet-stream';
}

/**
 * The metadata template instance's own fields (not Box's `$id`, `$type`…), as strings. `scope` may
 * be `enterprise`, which Box answers under `enterprise_<id>`.
 */
export function metadataOf(f: Pick<BoxApiFile, 'metadata'>, template: string): Record<string, string> {
  const [scope, key] = template.split('.') as [string, string];
  const scopes = Object.entries(f.metadata ?? {}).filter(
    ([name]) => name === scope || (scope === 'enterprise' && name.startsWith('enterprise_')),
  );
  const instance = scopes.map(([, byKey]) => byKey[key]).find((i) => i !== undefined) ?? {};
  const out: Record<string, string> = {};
  for (const [field, value] of Object.entries(instance))
    if (!field.startsWith('$') && value !== null && value !== undefined) out[field] = String(value);
  return out;
}

/** A listed file in the batch's shape, with the SHA-256 the connector computed from its bytes. */
export function normalize(
  f: BoxApiFile,
  role: FolderRole,
  folderId: string,
  template: string,
  sha256: string,
): BoxFile {
  return {
    id: f.id,
    name: f.name,
    role,
    folderId: f.parent?.id ?? folderId,
    path: (f.path_collection?.entries ?? []).map((e) => e.name),
    sha1: f.sha1.toLowerCase(),
    sha256,
    sizeBytes: f.size,
    mediaType: mediaTypeOf(f),
    modifiedAt: Date.parse(f.modified_at),
    modifiedBy: f.modified_by?.login ?? null,
    metadata: metadataOf(f, template),
  };
}

/** Files modified in [from, to). */
export const inWindow = (f: Pick<BoxApiFile, 'modified_at'>, w: { from: number; to: number }) => {
  const at = Date.parse(f.modified_at);
  return at >= w.from && at < w.to;
};
