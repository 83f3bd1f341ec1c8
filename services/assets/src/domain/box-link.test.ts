import { describe, expect, it } from 'vitest';
import { assetNameOf, boxChange, eventIdOf } from './box-link.ts';

describe('Box files as assets', () => {
  it('link to the event of the metadata template, else of an #event: tag', () => {
    expect(eventIdOf({ name: 'logo #event:e-2.svg', metadata: { eventId: 'e-1' } })).toBe('e-1');
    expect(eventIdOf({ name: 'logo #event:e-2.svg', metadata: {} })).toBe('e-2');
    expect(eventIdOf({ name: 'logo.svg', metadata: { contractId: 'c' } })).toBeNull();
  });
  it('are named after the file, without tag and extension', () => {
    expect(assetNameOf('Stage backdrop #event:e-1.png')).toBe('Stage backdrop');
    expect(assetNameOf('Welcome video.mp4')).toBe('Welcome video');
    expect(assetNameOf('.png')).toBe('.png');
  });
  it('are a new version only when the SHA-1 changed and the content differs from the latest', () => {
    const known = { sha1: 'a', latestSha256: 'x' };
    expect(boxChange(undefined, { sha1: 'a', sha256: 'x' })).toBe('new-asset');
    expect(boxChange(known, { sha1: 'a', sha256: 'x' })).toBe('unchanged');
    expect(boxChange(known, { sha1: 'b', sha256: 'y' })).toBe('new-version');
    expect(boxChange(known, { sha1: 'b', sha256: 'x' })).toBe('same-content');
  });
});
