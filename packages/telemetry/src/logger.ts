import { context, trace } from '@opentelemetry/api';
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { correlationIdFrom } from './correlation.ts';

export type { Logger };

/**
 * Structured JSON logs, one line per record, each stamped with the trace, span and correlation
 * ids of the active context so a log line can be joined to its trace and its business flow.
 */
export function createLogger(
  service: string,
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  const options: LoggerOptions = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const span = trace.getSpan(context.active())?.spanContext();
      const correlationId = correlationIdFrom();
      return {
        ...(span ? { trace_id: span.traceId, span_id: span.spanId } : {}),
        ...(correlationId ? { correlation_id: correlationId } : {}),
      };
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
