import { describe, expect, it } from 'vitest';
import { approve, isHexColour, isMediaType, isSha256, nextVersion } from './asset.ts';

const hash = (c: string) => c.repeat(64);

describe('asset versions', () => {
  it('numbers a new content as the next version', () => {
    expect(nextVersion({ version: 2, sha256: hash('a') }, { sha256: hash('b') })).toEqual({ kind: 'add', version: 3 });
  });

  it('recognises the latest version’s content sent again', () => {
    expect(nextVersion({ version: 2, sha256: hash('a') }, { sha256: hash('a') })).toEqual({
      kind: 'same-content',
      version: 2,
    });
  });
});

describe('approving a version', () => {
  it('approves an existing version and says which one it replaces', () => {
    expect(approve({ latestVersion: 2, approvedVersion: null }, 2)).toEqual({ kind: 'approve', previous: null });
    expect(approve({ latestVersion: 3, approvedVersion: 2 }, 3)).toEqual({ kind: 'approve', previous: 2 });
  });

  it('does nothing for the approved version again and refuses a version that does not exist', () => {
    expect(approve({ latestVersion: 2, approvedVersion: 2 }, 2)).toEqual({ kind: 'unchanged' });
    expect(approve({ latestVersion: 2, approvedVersion: null }, 3)).toEqual({ kind: 'no-such-version', latest: 2 });
    expect(approve({ latestVersion: 2, approvedVersion: null }, 0).kind).toBe('no-such-version');
  });
});

describe('metadata checks', () => {
  it('knows a SHA-256, a media type and a colour', () => {
    expect(isSha256(hash('0'))).toBe(true);
    expect(isSha256(hash('A'))).toBe(false);
    expect(isSha256('abc')).toBe(false);
    expect(isMediaType('image/png')).toBe(true);
    expect(isMediaType('application/vnd.openxmlformats-officedocument.presentationml.presentation')).toBe(true);
    expect(isMediaType('png')).toBe(false);
    expect(isHexColour('#1A2b3C')).toBe(true);
    expect(isHexColour('red')).toBe(false);
  });
});
