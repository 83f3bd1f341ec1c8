import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken, PUBLISHED_DEV_SECRET, tokenKeysFrom, tokenVerifier } from '../src/auth/tokens.ts';

/**
 * Tokens from an identity provider: RS256 and ES256 keys this test generates and serves as a JWKS
 * over HTTP; `kid` picks the key, a rotated-in key is fetched when it first shows up, issuer and
 * audience are checked, and HS256 stays for local development only.
 */
const ISSUER = 'https://idp.test/';
const AUDIENCE = 'playbook-api';
const secret = 'k'.repeat(40);
const keys: JWK[] = [];
let server: Server;
let url: string;
let fetches = 0;
const signers: Record<string, { alg: string; key: Parameters<SignJWT['sign']>[0] }> = {};

async function addKey(kid: string, alg: 'RS256' | 'ES256') {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  keys.push({ ...(await exportJWK(publicKey)), kid, alg, use: 'sig' });
  signers[kid] = { alg, key: privateKey };
}

const sign = (kid: string, claims: { iss?: string; aud?: string; org?: string } = {}) =>
  new SignJWT({ org: claims.org ?? 'org-1' })
    .setProtectedHeader({ alg: signers[kid]!.alg, kid })
    .setSubject('u-1')
    .setIssuer(claims.iss ?? ISSUER)
    .setAudience(claims.aud ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(signers[kid]!.key);

beforeAll(async () => {
  await addKey('rsa-1', 'RS256');
  await addKey('ec-1', 'ES256');
  server = createServer((_, response) => {
    fetches++;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('tokens verified against a JWKS', () => {
  const verify = () => tokenVerifier({ secret, jwks: { url, issuer: ISSUER, audience: AUDIENCE, cooldownMs: 0 } });

  it('accepts RS256 and ES256 tokens by kid, fetching the keys once and caching them', async () => {
    const check = verify();
    const before = fetches;
    expect(await check(await sign('rsa-1'))).toEqual({ id: 'u-1', orgId: 'org-1', name: undefined });
    expect(await check(await sign('ec-1'))).toMatchObject({ id: 'u-1', orgId: 'org-1' });
    expect(await check(await sign('rsa-1'))).toMatchObject({ id: 'u-1' });
    expect(fetches - before).toBe(1);
  });

  it('fetches a rotated-in key when a token first names its kid', async () => {
    const check = verify();
    await check(await sign('rsa-1'));
    await addKey('rsa-2', 'RS256');
    expect(await check(await sign('rsa-2'))).toMatchObject({ id: 'u-1' });
  });

  it('refuses another issuer, another audience, an unknown kid, a missing org, and a key not in the set', async () => {
    const check = verify();
    const refused = { code: 'AUTH.INVALID_TOKEN', status: 401 };
    await expect(check(await sign('rsa-1', { iss: 'https://evil.test/' }))).rejects.toMatchObject(refused);
    await expect(check(await sign('rsa-1', { aud: 'someone-else' }))).rejects.toMatchObject(refused);
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ org: 'org-1' })
      .setProtectedHeader({ alg: 'RS256', kid: 'rsa-1' })
      .setSubject('u-1')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(privateKey);
    await expect(check(forged)).rejects.toMatchObject(refused);
    const unknownKid = await new SignJWT({ org: 'org-1' })
      .setProtectedHeader({ alg: 'RS256', kid: 'nobody' })
      .setSubject('u-1')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(privateKey);
    await expect(check(unknownKid)).rejects.toMatchObject(refused);
  });

  it('keeps HS256 for local development, and drops it in production once a JWKS is set', async () => {
    const hs = await mintToken({ id: 'dev', orgId: 'org-1' }, secret);
    expect(await verify()(hs)).toMatchObject({ id: 'dev' });
    const env = { AUTH_JWT_SECRET: secret, AUTH_JWKS_URL: url, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE };
    const production = tokenVerifier(tokenKeysFrom({ ...env, NODE_ENV: 'production' }));
    await expect(production(hs)).rejects.toMatchObject({ code: 'AUTH.INVALID_TOKEN' });
    expect(await production(await sign('ec-1'))).toMatchObject({ id: 'u-1' });
  });

  it('refuses to start in production with the published development secret and no identity provider', () => {
    expect(() => tokenKeysFrom({ NODE_ENV: 'production', AUTH_JWT_SECRET: PUBLISHED_DEV_SECRET })).toThrow(
      /refusing to start in production/,
    );
    expect(() => tokenKeysFrom({ NODE_ENV: 'development', AUTH_JWT_SECRET: PUBLISHED_DEV_SECRET })).not.toThrow();
    expect(() => tokenKeysFrom({ NODE_ENV: 'production', AUTH_JWT_SECRET: secret, AUTH_JWKS_URL: url })).toThrow(
      /AUTH_ISSUER and AUTH_AUDIENCE/,
    );
  });
});
