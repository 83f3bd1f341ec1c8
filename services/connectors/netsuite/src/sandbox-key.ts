import { createECDH, createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

/**
 * The sandbox's certificate key: an EC P-256 key derived from a published seed, so `npm start` works
 * with no configuration. Like the development JWT secret it protects nothing: a real account's
 * certificate key comes from NETSUITE_PRIVATE_KEY.
 */
export const SANDBOX_CERTIFICATE_ID = 'sandbox-certificate';
const SEED = 'the-playbook/netsuite-sandbox-certificate';

let cached: KeyObject | undefined;
function sandboxPrivateKey(): KeyObject {
  if (cached) return cached;
  const d = createHash('sha256').update(SEED).digest();
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey();
  const b64 = (b: Buffer) => b.toString('base64url');
  cached = createPrivateKey({
    format: 'jwk',
    key: { kty: 'EC', crv: 'P-256', d: b64(d), x: b64(point.subarray(1, 33)), y: b64(point.subarray(33, 65)) },
  });
  return cached;
}

export const sandboxPrivateKeyPem = () => sandboxPrivateKey().export({ type: 'pkcs8', format: 'pem' }).toString();
export const sandboxPublicKey = () => createPublicKey(sandboxPrivateKey());
