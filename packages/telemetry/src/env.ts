import { z } from 'zod';

/** The telemetry fragment of every service's env schema. */
export const telemetryEnv = z.object({
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /** Zipkin's span intake (…/api/v2/spans); when set, spans go to Zipkin instead of OTLP. */
  OTEL_EXPORTER_ZIPKIN_ENDPOINT: z.url().optional(),
  /** `pretty` (readable lines) or `json`; default: pretty on a terminal, JSON otherwise. */
  LOG_FORMAT: z.enum(['pretty', 'json']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type TelemetryEnv = z.infer<typeof telemetryEnv>;
