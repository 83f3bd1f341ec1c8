import { z } from 'zod';

/** Ramp's settings: where its API is and the OAuth client (client credentials) it authenticates as. */
export const rampSettings = z.object({
  RAMP_BASE_URL: z.string().url().default('http://127.0.0.1:4101'),
  RAMP_CLIENT_ID: z.string().min(1).default('sandbox-client'),
  RAMP_CLIENT_SECRET: z.string().min(1).default('sandbox-secret-change-me'),
  /** Ramp allows 2–10,000 per page (1,000 when not given); a large backfill goes faster with more. */
  RAMP_PAGE_SIZE: z.coerce.number().int().min(2).max(10_000).default(100),
  RAMP_SYNC_INTERVAL_MS: z.coerce.number().int().min(10).default(500),
  /** Windows fetched at the same time (a backfill's windows in parallel). */
  RAMP_SYNC_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  RAMP_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(3),
  RAMP_RETRY_BASE_MS: z.coerce.number().int().min(0).default(200),
});
export type RampSettings = z.infer<typeof rampSettings>;
