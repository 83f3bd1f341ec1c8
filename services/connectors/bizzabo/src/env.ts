import { z } from 'zod';

/** Bizzabo's settings: the Partner API, its OAuth server, and the client (client credentials) of one account. */
export const bizzaboSettings = z.object({
  /** The Partner API root (paths start /v1); the real one is https://api.bizzabo.com. */
  BIZZABO_BASE_URL: z.string().url().default('http://127.0.0.1:4106'),
  /**
   * The OAuth server (POST /oauth/token); the real one is https://auth.bizzabo.com. Unset, the API's
   * own root: a sandbox serves both, wherever it listens.
   */
  BIZZABO_AUTH_URL: z.string().url().optional(),
  BIZZABO_CLIENT_ID: z.string().min(1).default('sandbox-client'),
  BIZZABO_CLIENT_SECRET: z.string().min(1).default('bizzabo-sandbox-secret-change-me'),
  BIZZABO_ACCOUNT_ID: z.string().min(1).default('145306'),
  BIZZABO_PAGE_SIZE: z.coerce.number().int().min(1).max(200).default(200),
  BIZZABO_SYNC_INTERVAL_MS: z.coerce.number().int().min(10).default(500),
  BIZZABO_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(3),
  BIZZABO_RETRY_BASE_MS: z.coerce.number().int().min(0).default(200),
});
export type BizzaboSettings = z.infer<typeof bizzaboSettings>;
