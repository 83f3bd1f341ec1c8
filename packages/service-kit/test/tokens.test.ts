import { afterEach, describe, expect, it, vi } from 'vitest';
import { mintToken, tokenVerifier, verifyToken } from '../src/auth/tokens.ts';

const secret = 'k'.repeat(40);

describe('bearer tokens', () => {
  it('round-trips a principal', async () => {
    const token = await mintToken({ id: 'u1', orgId: 'o1', name: 'Ada' }, secret);
    expect(await verifyToken(token, secret)).toEqual({ id: 'u1', orgId: 'o1', name: 'Ada' });
  });

  it('refuses another key, an expired token and garbage with AUTH.INVALID_TOKEN', async () => {
    const foreign = await mintToken({ id: 'u1', orgId: 'o1' }, 'z'.repeat(40));
    await expect(verifyToken(foreign, secret)).rejects.toMatchObject({ code: 'AUTH.INVALID_TOKEN', status: 401 });
    const expired = await mintToken({ id: 'u1', orgId: 'o1' }, secret, -10);
    await expect(verifyToken(expired, secret)).rejects.toMatchObject({ code: 'AUTH.INVALID_TOKEN' });
    await expect(verifyToken('not-a-jwt', secret)).rejects.toMatchObject({ code: 'AUTH.INVALID_TOKEN' });
  });

  describe('remembered checks', () => {
    afterEach(() => vi.useRealTimers());

    it('accept a token checked before, and refuse it once it has expired', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const verify = tokenVerifier({ secret });
      const token = await mintToken({ id: 'u1', orgId: 'o1' }, secret, 30); // expires before the minute a check is kept
      expect(await verify(token)).toEqual({ id: 'u1', orgId: 'o1' });
      const again = await verify(token);
      again.orgId = 'tampered'; // a caller's copy: the remembered principal stays as verified
      expect(await verify(token)).toEqual({ id: 'u1', orgId: 'o1' });
      vi.setSystemTime(Date.now() + 31_000);
      await expect(verify(token)).rejects.toMatchObject({ code: 'AUTH.INVALID_TOKEN' });
    });

    it('never remember a refusal: a foreign token stays refused, a good one is accepted', async () => {
      const verify = tokenVerifier({ secret });
      const foreign = await mintToken({ id: 'u1', orgId: 'o1' }, 'z'.repeat(40));
      await expect(verify(foreign)).rejects.toMatchObject({ code: 'AUTH.INVALID_TOKEN' });
      await expect(verify(foreign)).rejects.toMatchObject({ code: 'AUTH.INVALID_TOKEN' });
      const good = await mintToken({ id: 'u2', orgId: 'o1' }, secret);
      expect(await verify(good)).toEqual({ id: 'u2', orgId: 'o1' });
    });
  });
});
