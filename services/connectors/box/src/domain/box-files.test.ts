import { describe, expect, it } from 'vitest';
import type { BoxApiFile } from '../box-api.ts';
import { inWindow, mediaTypeOf, metadataOf, normalize } from './box-files.ts';

const file: BoxApiFile = {
  type: 'file',
  id: '9001',
  name: 'Northwind MSA.PDF',
  sha1: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01',
  size: 2048,
  modified_at: '2026-03-01T10:00:00-08:00',
  modified_by: { type: 'user', id: '11', login: 'ops@northwind.test' },
  parent: { type: 'folder', id: '200001', name: 'Contracts' },
  path_collection: {
    total_count: 2,
    entries: [
      { type: 'folder', id: '0', name: 'All Files' },
      { type: 'folder', id: '200001', name: 'Contracts' },
    ],
  },
  metadata: { enterprise_1000001: { playbook: { $id: 'x', $type: 'playbook-1', contractId: 'c-1', seats: 3 } } },
};

describe('Box files', () => {
  it('derive a media type from the extension, whatever its case, and fall back to octet-stream', () => {
    expect(mediaTypeOf(file)).toBe('application/pdf');
    expect(mediaTypeOf({ name: 'logo.svg' })).toBe('image/svg+xml');
    expect(mediaTypeOf({ name: 'README' })).toBe('application/octet-stream');
  });
  it('read the template instance under enterprise_<id> when configured as enterprise, without Box’s $ fields', () => {
    expect(metadataOf(file, 'enterprise.playbook')).toEqual({ contractId: 'c-1', seats: '3' });
    expect(metadataOf(file, 'enterprise.other')).toEqual({});
    expect(metadataOf({}, 'enterprise.playbook')).toEqual({});
  });
  it('normalize: lowercase SHA-1, path names, modified_at in ms, the login of who modified it', () => {
    expect(normalize(file, 'contracts', '200001', 'enterprise.playbook', 'f'.repeat(64))).toEqual({
      id: '9001',
      name: 'Northwind MSA.PDF',
      role: 'contracts',
      folderId: '200001',
      path: ['All Files', 'Contracts'],
      sha1: 'abcdef0123456789abcdef0123456789abcdef01',
      sha256: 'f'.repeat(64),
      sizeBytes: 2048,
      mediaType: 'application/pdf',
      modifiedAt: Date.parse('2026-03-01T18:00:00Z'),
      modifiedBy: 'ops@northwind.test',
      metadata: { contractId: 'c-1', seats: '3' },
    });
  });
  it('keep a window half-open on modified_at', () => {
    const at = Date.parse(file.modified_at);
    expect(inWindow(file, { from: at, to: at + 1 })).toBe(true);
    expect(inWindow(file, { from: at - 1, to: at })).toBe(false);
  });
});
