import { z } from 'zod';

export const integrationsSettings = z.object({
  /** How often the schedule asks every enabled inbound connector for its next window (default 15 minutes). */
  INTEGRATIONS_SCHEDULE_MS: z.coerce.number().int().min(1000).default(900_000),
});
