import { createSign } from 'node:crypto';
import { createHttpClient } from '@playbook/connector-kit/http-client';
import type { Meter } from '@playbook/connector-kit/meter';
import { type GoogleSettings, SCOPES } from './env.ts';

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** A service account's signed assertion (RFC 7523): RS256 over iss, scope, aud, iat, exp (and sub). */
export function serviceAccountAssertion(
  a: { email: string; privateKey: string; subject?: string | undefined; tokenUrl: string },
  now = Date.now(),
): string {
  const iat = Math.floor(now / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const claims = base64url(
    JSON.stringify({
      iss: a.email,
      scope: SCOPES.join(' '),
      aud: a.tokenUrl,
      iat,
      exp: iat + 3600,
      ...(a.subject ? { sub: a.subject } : {}),
    }),
  );
  const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(a.privateKey.replaceAll('\\n', '\n'));
  return `${header}.${claims}.${base64url(signature)}`;
}

/** Google's OAuth 2.0 token endpoint: an access token for the service account or the refresh token, cached until near its expiry. */
export function googleAuth(s: GoogleSettings) {
  const tokenUrl = s.GOOGLE_TOKEN_URL ?? `${s.GOOGLE_BASE_URL.replace(/\/+$/, '')}/token`;
  const secrets = [s.GOOGLE_CLIENT_SECRET, s.GOOGLE_REFRESH_TOKEN, s.GOOGLE_PRIVATE_KEY];
  const client = createHttpClient({ baseUrl: new URL(tokenUrl).origin, secrets, baseDelayMs: s.GOOGLE_RETRY_BASE_MS });
  let token: { value: string; expiresAt: number } | undefined;

  const form = (): Record<string, string> =>
    s.GOOGLE_SERVICE_ACCOUNT_EMAIL && s.GOOGLE_PRIVATE_KEY
      ? {
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          assertion: serviceAccountAssertion({
            email: s.GOOGLE_SERVICE_ACCOUNT_EMAIL,
            privateKey: s.GOOGLE_PRIVATE_KEY,
            subject: s.GOOGLE_SUBJECT,
            tokenUrl,
          }),
        }
      : {
          grant_type: 'refresh_token',
          client_id: s.GOOGLE_CLIENT_ID,
          client_secret: s.GOOGLE_CLIENT_SECRET,
          refresh_token: s.GOOGLE_REFRESH_TOKEN,
        };

  async function accessToken(meter?: Meter): Promise<string> {
    if (token && token.expiresAt > Date.now() + 60_000) return token.value;
    const res = await client.request<{ access_token: string; expires_in: number }>({
      method: 'POST',
      path: new URL(tokenUrl).pathname,
      form: form(),
      ...(meter ? { meter } : {}),
    });
    token = { value: res.body.access_token, expiresAt: Date.now() + res.body.expires_in * 1000 };
    return token.value;
  }
  return { accessToken, secrets };
}
