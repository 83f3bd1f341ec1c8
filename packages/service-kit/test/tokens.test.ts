import { describe, expect, it } from 'vitest';
import { mintToken, verifyToken } from '../src/auth/tokens.ts';

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
});
