import { z } from 'zod';

/** The bus fragment of every service's env schema. */
export const busEnv = z.object({
  KAFKA_BROKERS: z
    .string()
    .min(1)
    .transform((s) =>
      s
        .split(',')
        .map((b) => b.trim())
        .filter(Boolean),
    ),
  SCHEMA_REGISTRY_URL: z.url(),
  /** Prefix for every topic (and so every subject); lets test runs and environments share a cluster. */
  BUS_NAMESPACE: z
    .string()
    .regex(/^[a-z0-9-]*$/)
    .default(''),
  BUS_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  BUS_RETRY_BASE_MS: z.coerce.number().int().min(1).default(200),
  /** How often consumer lag, dead-letter depth and outbox backlog are read for the metrics. */
  BUS_METRICS_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
  /** A consumer's batch still running after this long is logged at warn (where it is), and again as long after. */
  BUS_STUCK_BATCH_WARN_MS: z.coerce.number().int().min(100).default(30_000),
});
export type BusEnv = z.infer<typeof busEnv>;
