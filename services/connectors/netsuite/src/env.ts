import { z } from 'zod';
import { SANDBOX_CERTIFICATE_ID, sandboxPrivateKeyPem } from './sandbox-key.ts';

/**
 * NetSuite's settings: the account's REST root, the OAuth 2.0 machine-to-machine client (client
 * credentials with a JWT assertion signed by the integration's certificate key), page size, retries,
 * and the expense account exported purchase orders are booked on.
 */
export const netsuiteSettings = z.object({
  /** Real: https://<account id>.suitetalk.api.netsuite.com (the sandbox serves the same paths). */
  NETSUITE_BASE_URL: z.string().url().default('http://127.0.0.1:4103'),
  /** The integration record's client id (consumer key). */
  NETSUITE_CLIENT_ID: z.string().min(1).default('sandbox-client'),
  /** The certificate id NetSuite shows for the uploaded public key (the JWT's `kid`). */
  NETSUITE_CERTIFICATE_ID: z.string().min(1).default(SANDBOX_CERTIFICATE_ID),
  /** PEM private key (EC P-256 → ES256, RSA → PS256) of that certificate; defaults to the sandbox's published key. */
  NETSUITE_PRIVATE_KEY: z
    .string()
    .min(1)
    .default(() => sandboxPrivateKeyPem()),
  /** SuiteQL page size (NetSuite allows up to 1000). */
  NETSUITE_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(1000),
  /** The GL expense account (internal id) an exported PO's expense line is booked on. */
  NETSUITE_EXPENSE_ACCOUNT_ID: z.string().min(1).default('58'),
  NETSUITE_SYNC_INTERVAL_MS: z.coerce.number().int().min(10).default(500),
  NETSUITE_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(3),
  NETSUITE_RETRY_BASE_MS: z.coerce.number().int().min(0).default(200),
  NETSUITE_MAX_RETRIES: z.coerce.number().int().min(0).default(4),
});
export type NetSuiteSettings = z.infer<typeof netsuiteSettings>;
