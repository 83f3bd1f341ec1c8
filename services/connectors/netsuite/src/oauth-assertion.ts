import { createPrivateKey, constants, sign } from 'node:crypto';

export interface AssertionInput {
  clientId: string;
  certificateId: string;
  privateKeyPem: string;
  /** The token endpoint's URL (the JWT's audience). */
  audience: string;
  now?: number;
}

const b64 = (v: object | Buffer) => (Buffer.isBuffer(v) ? v : Buffer.from(JSON.stringify(v))).toString('base64url');

/**
 * The client assertion of NetSuite's OAuth 2.0 client credentials (machine-to-machine) flow: a JWT
 * with the certificate id as `kid`, the client id as issuer, the token endpoint as audience and the
 * REST web services scope, valid for at most an hour, signed ES256 (EC key) or PS256 (RSA key).
 */
export function clientAssertion(a: AssertionInput): string {
  const key = createPrivateKey(a.privateKeyPem);
  const ec = key.asymmetricKeyType === 'ec';
  const iat = Math.floor((a.now ?? Date.now()) / 1000);
  const header = { typ: 'JWT', alg: ec ? 'ES256' : 'PS256', kid: a.certificateId };
  const claims = { iss: a.clientId, scope: ['rest_webservices'], aud: a.audience, iat, exp: iat + 3600 };
  const input = `${b64(header)}.${b64(claims)}`;
  const signature = ec
    ? sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' })
    : sign('sha256', Buffer.from(input), {
        key,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: 32,
      });
  return `${input}.${b64(signature)}`;
}
