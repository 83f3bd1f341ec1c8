import { Writable } from 'node:stream';
import { context, trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { correlationIdFrom, normalizeCorrelationId, runWithCorrelationId } from '../src/correlation.ts';
import { createLogger } from '../src/logger.ts';
import { extractContext, initTelemetry, injectContext, tracer } from '../src/tracing.ts';

initTelemetry({ serviceName: 'telemetry-test' });

describe('correlation ids', () => {
  it('keeps a sane caller id and replaces junk with a new uuid', () => {
    expect(normalizeCorrelationId('flow-42')).toBe('flow-42');
    expect(normalizeCorrelationId('bad id with spaces')).toMatch(/^[0-9a-f-]{36}$/);
    expect(normalizeCorrelationId(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('travels in baggage through inject/extract, beside the traceparent', () => {
    const span = tracer().startSpan('root');
    const carrier = context.with(trace.setSpan(context.active(), span), () =>
      runWithCorrelationId('flow-7', () => injectContext()),
    );
    span.end();
    expect(carrier.traceparent).toContain(span.spanContext().traceId);
    expect(carrier.baggage).toContain('playbook.correlation_id=flow-7');
    expect(correlationIdFrom(extractContext(carrier))).toBe('flow-7');
  });
});

describe('logs', () => {
  it('stamps every line with the trace and correlation ids of the active context', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger('svc', 'info', sink);
    const span = tracer().startSpan('work');
    context.with(trace.setSpan(context.active(), span), () =>
      runWithCorrelationId('flow-9', () => logger.info('hello')),
    );
    span.end();
    const record = JSON.parse(lines[0]!);
    expect(record).toMatchObject({
      service: 'svc',
      level: 'info',
      msg: 'hello',
      correlation_id: 'flow-9',
      trace_id: span.spanContext().traceId,
    });
  });
});
