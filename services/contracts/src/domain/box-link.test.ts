import { describe, expect, it } from 'vitest';
import { boxAuthor, contractIdOf } from './box-link.ts';

describe('contractIdOf', () => {
  it('takes the metadata template’s contractId first, then a #contract: tag in the name', () => {
    expect(contractIdOf({ name: 'x #contract:other.pdf', metadata: { contractId: ' c-1 ' } })).toBe('c-1');
    expect(contractIdOf({ name: 'Acme SOW #contract:5e0c7a2b-1d3f.pdf', metadata: {} })).toBe('5e0c7a2b-1d3f');
    expect(contractIdOf({ name: 'Acme SOW.pdf', metadata: { eventId: 'e-1' } })).toBeNull();
  });
  it('names a Box author by login', () => {
    expect(boxAuthor('legal@x.test')).toBe('box:legal@x.test');
    expect(boxAuthor(null)).toBe('box:unknown');
  });
});
