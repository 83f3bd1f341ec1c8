import { z } from 'zod';

/** Nexonia's settings: where its API is and the API key (a bearer token) it authenticates with. */
export const nexoniaSettings = z.object({
  NEXONIA_BASE_URL: z.string().url().default('http://127.0.0.1:4104'),
  NEXONIA_API_KEY: z.string().min(1).default('nexonia-sandbox-key-change-me'),
  /** The sandbox (and this connector) allow 1–200 reports per page. */
  NEXONIA_PAGE_SIZE: z.coerce.number().int().min(1).max(200).default(100),
  NEXONIA_SYNC_INTERVAL_MS: z.coerce.number().int().min(10).default(500),
  NEXONIA_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(3),
  NEXONIA_RETRY_BASE_MS: z.coerce.number().int().min(0).default(200),
});
export type NexoniaSettings = z.infer<typeof nexoniaSettings>;
