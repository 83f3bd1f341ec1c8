import { context, trace } from '@opentelemetry/api';
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import pretty from 'pino-pretty';
import { correlationIdFrom } from './correlation.ts';

export type { Logger };

export type LogFormat = 'pretty' | 'json';

/** Pretty on a terminal, JSON when piped or collected; LOG_FORMAT=json|pretty decides instead. */
export function logFormat(
  env: Record<string, string | undefined> = process.env,
  tty = process.stdout.isTTY,
): LogFormat {
  if (env.LOG_FORMAT === 'json' || env.LOG_FORMAT === 'pretty') return env.LOG_FORMAT;
  return tty ? 'pretty' : 'json';
}

/** One readable line: time, level, module, [correlation id], message; other fields indented below. */
export function prettyStream(options: { colorize?: boolean; destination?: NodeJS.WritableStream | number } = {}) {
  return pretty({
    colorize: options.colorize ?? Boolean(process.stdout.isTTY),
    destination: options.destination ?? 1,
    sync: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service,correlation_id,trace_id,span_id',
    messageFormat: '{service}{if correlation_id} [{correlation_id}]{end} {msg}',
    singleLine: false,
  });
}

/**
 * Structured logs, one record per line, each stamped with the trace, span and correlation ids of
 * the active context so a log line can be joined to its trace and its business flow. JSON, or
 * readable lines on a terminal (see {@link logFormat}).
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
  if (destination) return pino(options, destination);
  return logFormat() === 'pretty' ? pino(options, prettyStream()) : pino(options);
}
