import { z } from 'zod';

/** The telemetry fragment of every service's env schema. */
export const telemetryEnv = z.object({
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type TelemetryEnv = z.infer<typeof telemetryEnv>;
