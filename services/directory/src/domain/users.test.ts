import { describe, expect, it } from 'vitest';
import { normalizeEmail, resolveGrantScope } from './users.ts';

describe('normalizeEmail', () => {
  it('ignores case and surrounding spaces', () => {
    expect(normalizeEmail('  Ana.Lopez@Example.COM ')).toBe('ana.lopez@example.com');
  });
});

describe('resolveGrantScope', () => {
  it('keeps org-wide and client grants as asked', () => {
    expect(resolveGrantScope('o1', {}, null)).toEqual({ ok: true, scope: { clientId: null, eventId: null } });
    expect(resolveGrantScope('o1', { clientId: 'c1' }, null)).toEqual({
      ok: true,
      scope: { clientId: 'c1', eventId: null },
    });
  });

  it('takes an event grant’s client from the scope tree when the event is known', () => {
    expect(resolveGrantScope('o1', { eventId: 'e1' }, { orgId: 'o1', clientId: 'c1' })).toEqual({
      ok: true,
      scope: { clientId: 'c1', eventId: 'e1' },
    });
    expect(resolveGrantScope('o1', { clientId: 'c1', eventId: 'e1' }, { orgId: 'o1', clientId: 'c1' })).toEqual({
      ok: true,
      scope: { clientId: 'c1', eventId: 'e1' },
    });
  });

  it('refuses a client that is not the known event’s, and an event of another org', () => {
    expect(resolveGrantScope('o1', { clientId: 'c2', eventId: 'e1' }, { orgId: 'o1', clientId: 'c1' })).toMatchObject({
      ok: false,
      reason: 'SCOPE_MISMATCH',
    });
    expect(resolveGrantScope('o1', { eventId: 'e1' }, { orgId: 'o2', clientId: 'c1' })).toMatchObject({
      ok: false,
      reason: 'SCOPE_NOT_FOUND',
    });
  });

  it('needs the client for an event the scope tree has not heard of', () => {
    expect(resolveGrantScope('o1', { eventId: 'e9' }, null)).toMatchObject({ ok: false, reason: 'CLIENT_REQUIRED' });
    expect(resolveGrantScope('o1', { clientId: 'c1', eventId: 'e9' }, null)).toEqual({
      ok: true,
      scope: { clientId: 'c1', eventId: 'e9' },
    });
  });
});
