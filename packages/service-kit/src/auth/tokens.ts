import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { unauthorized } from '../http/problem.ts';

export const TOKEN_ISSUER = 'playbook';
export const TOKEN_AUDIENCE = 'playbook';

/** Who is calling: a user (or a service account) of one organization. */
export interface Principal {
  id: string;
  orgId: string;
  name?: string | undefined;
}

const claims = z.object({ sub: z.string().min(1), org: z.string().min(1), name: z.string().optional() });

const keyFrom = (secret: string) => new TextEncoder().encode(secret);

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
  try {
    const { payload } = await jwtVerify(token, keyFrom(secret), {
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      algorithms: ['HS256'],
    });
    const parsed = claims.parse(payload);
    return { id: parsed.sub, orgId: parsed.org, name: parsed.name };
  } catch {
    throw unauthorized('The bearer token is missing, malformed, expired or not signed by us.', 'AUTH.INVALID_TOKEN');
  }
}
