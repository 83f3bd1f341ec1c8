import { z } from 'zod';

/** Domo's settings: the API root, the OAuth client (client credentials, scope data), the push cadence. */
export const domoSettings = z.object({
  /** Real: https://api.domo.com. */
  DOMO_BASE_URL: z.string().url().default('http://127.0.0.1:4109'),
  DOMO_CLIENT_ID: z.string().min(1).default('sandbox-domo-client'),
  DOMO_CLIENT_SECRET: z.string().min(1).default('sandbox-domo-secret-change-me'),
  /** The DataSet's name, followed by the organization id. */
  DOMO_DATASET_NAME: z.string().min(1).max(200).default('Playbook budget vs actual'),
  /** Changes are gathered and pushed at most this often (a debounce). */
  DOMO_PUSH_INTERVAL_MS: z.coerce.number().int().min(10).default(60_000),
  /** Attempts after the first for 429, 5xx and network errors, within one push. */
  DOMO_MAX_RETRIES: z.coerce.number().int().min(0).default(4),
  DOMO_RETRY_BASE_MS: z.coerce.number().int().min(0).default(500),
  /** After a push that failed its retries, the next waits base × 2^failures, up to 15 minutes. */
  DOMO_BACKOFF_BASE_MS: z.coerce.number().int().min(0).default(30_000),
});
export type DomoSettings = z.infer<typeof domoSettings>;
