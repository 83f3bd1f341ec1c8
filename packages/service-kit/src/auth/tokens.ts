import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { unauthorized } from '../http/problem.ts';

export const TOKEN_ISSUER = 'playbook';
export const TOKEN_AUDIENCE = 'playbook';
/** The development secret the launcher uses when none is set: published, so never accepted in production. */
export const PUBLISHED_DEV_SECRET = 'playbook-local-development-secret-not-for-production';

/** Who is calling: a user (or a service account) of one organization. */
export interface Principal {
  id: string;
  orgId: string;
  name?: string | undefined;
}

const claims = z.object({ sub: z.string().min(1), org: z.string().min(1), name: z.string().optional() });

const keyFrom = (secret: string) => new TextEncoder().encode(secret);
/** Tokens whose check is remembered, and for how long at most (never past their expiry). */
const VERIFIED_TOKENS_KEPT = 10_000;
const VERIFIED_TOKEN_TTL_MS = 60_000;

/** Signs an HS256 bearer token; the dev command and tests use it, an identity provider does in production. */
export async function mintToken(principal: Principal, secret: string, ttlSeconds = 3600): Promise<string> {
  return new SignJWT({ org: principal.orgId, ...(principal.name ? { name: principal.name } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(principal.id)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(keyFrom(secret));
}

export async function verifyToken(token: string, secret: string): Promise<Principal> {
  return tokenVerifier({ secret })(token);
}

/** Where bearer tokens' keys come from. */
export interface TokenKeys {
  /** HS256 secret (local development and tests; tokens from mintToken). */
  secret: string;
  /** An identity provider's JWKS: RS256/ES256 tokens, keys chosen by `kid`, cached and refetched on rotation. */
  jwks?: { url: string; issuer: string; audience: string; cooldownMs?: number };
  /** Accept HS256 tokens too (default true; false in production once a JWKS is configured). */
  acceptHs256?: boolean;
}

/**
 * A bearer-token check: HS256 against the shared secret, or RS256/ES256 against the issuer's JWKS
 * (jose's createRemoteJWKSet: fetched on first use, cached, refetched when an unknown `kid` shows
 * up — key rotation), the issuer and audience checked either way.
 */
export function tokenVerifier(keys: TokenKeys): (token: string) => Promise<Principal> {
  const jwks = keys.jwks
    ? createRemoteJWKSet(new URL(keys.jwks.url), { cooldownDuration: keys.jwks.cooldownMs ?? 30_000 })
    : undefined;
  const acceptHs256 = keys.acceptHs256 ?? true;
  const verified = new Map<string, { principal: Principal; until: number }>();
  return async (token) => {
    // A client sends the same token with every request: its check is remembered until it expires
    // (at most a minute), so a request does not pay for key import and signature check each time.
    const known = verified.get(token);
    if (known && known.until > Date.now()) return { ...known.principal };
    if (known) verified.delete(token);
    try {
      const { alg } = decodeProtectedHeader(token);
      let payload: unknown;
      if (alg === 'HS256' && acceptHs256) {
        ({ payload } = await jwtVerify(token, keyFrom(keys.secret), {
          issuer: TOKEN_ISSUER,
          audience: TOKEN_AUDIENCE,
          algorithms: ['HS256'],
        }));
      } else if (jwks && keys.jwks && (alg === 'RS256' || alg === 'ES256')) {
        ({ payload } = await jwtVerify(token, jwks, {
          issuer: keys.jwks.issuer,
          audience: keys.jwks.audience,
          algorithms: ['RS256', 'ES256'],
        }));
      } else throw new Error(`tokens signed with ${alg} are not accepted here`);
      const parsed = claims.parse(payload);
      const principal: Principal = { id: parsed.sub, orgId: parsed.org, name: parsed.name };
      const expiresAt =
        typeof (payload as { exp?: unknown }).exp === 'number' ? (payload as { exp: number }).exp * 1000 : 0;
      if (expiresAt > Date.now()) {
        if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
        verified.set(token, { principal, until: Math.min(expiresAt, Date.now() + VERIFIED_TOKEN_TTL_MS) });
      }
      return { ...principal };
    } catch {
      throw unauthorized('The bearer token is missing, malformed, expired or not signed by us.', 'AUTH.INVALID_TOKEN');
    }
  };
}

/**
 * The key source a service's environment names. In production the published development secret
 * is refused, and once a JWKS is set HS256 tokens are no longer accepted.
 */
export function tokenKeysFrom(env: {
  NODE_ENV: string;
  AUTH_JWT_SECRET: string;
  AUTH_JWKS_URL?: string | undefined;
  AUTH_ISSUER?: string | undefined;
  AUTH_AUDIENCE?: string | undefined;
}): TokenKeys {
  const production = env.NODE_ENV === 'production';
  if (production && env.AUTH_JWT_SECRET === PUBLISHED_DEV_SECRET && !env.AUTH_JWKS_URL) {
    throw new Error(
      'refusing to start in production with the published development secret: set AUTH_JWKS_URL (with AUTH_ISSUER and AUTH_AUDIENCE) or a secret of your own in AUTH_JWT_SECRET',
    );
  }
  if (!env.AUTH_JWKS_URL) return { secret: env.AUTH_JWT_SECRET };
  if (!env.AUTH_ISSUER || !env.AUTH_AUDIENCE) throw new Error('AUTH_JWKS_URL needs AUTH_ISSUER and AUTH_AUDIENCE');
  return {
    secret: env.AUTH_JWT_SECRET,
    jwks: { url: env.AUTH_JWKS_URL, issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE },
    acceptHs256: !production,
  };
}
