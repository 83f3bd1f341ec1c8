import { randomUUID } from 'node:crypto';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { CORRELATION_HEADER, normalizeCorrelationId, withCorrelationId } from '@playbook/telemetry/correlation';
import { metered } from '@playbook/telemetry/cost-meter';
import { runAsModule } from '@playbook/telemetry/module-scope';
import type { Logger } from '@playbook/telemetry/logger';
import { httpRequestDuration } from '@playbook/telemetry/metrics';
import { tracer } from '@playbook/telemetry/tracing';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from './app-env.ts';

/**
 * The first middleware of every service: a SERVER span continuing the caller's traceparent, the
 * correlation id (from X-Correlation-Id, or new) in baggage, on the span, in every log line and
 * echoed in the response, plus the request log line and latency metric.
 */
const UNOBSERVED = new Set(['/metrics', '/healthz', '/readyz']);

/** Probes and scrapes: no span, no log line, no latency series; the correlation id is still echoed. */
async function quietly(c: Parameters<MiddlewareHandler<AppEnv>>[0], next: () => Promise<void>) {
  await next();
  c.header('X-Correlation-Id', normalizeCorrelationId(c.req.header(CORRELATION_HEADER)));
}

export function observability(service: string, log: Logger): MiddlewareHandler<AppEnv> {
  return (c, next) =>
    // Scrapes and probes every few seconds would bury the requests people make, in traces and logs.
    UNOBSERVED.has(c.req.path) ? quietly(c, next) : runAsModule(service, () => observe(c, next));
  async function observe(c: Parameters<MiddlewareHandler<AppEnv>>[0], next: () => Promise<void>) {
    const started = performance.now();
    const headers = Object.fromEntries(c.req.raw.headers);
    const parent = propagation.extract(context.active(), headers);
    const span = tracer().startSpan(
      `${c.req.method} ${c.req.path}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'http.request.method': c.req.method,
          'url.path': c.req.path,
          'service.module': service,
          'service.name': service,
        },
      },
      parent,
    );
    const correlationId = normalizeCorrelationId(c.req.header(CORRELATION_HEADER));
    const requestId = randomUUID();
    c.set('correlationId', correlationId);
    c.set('requestId', requestId);
    const active = withCorrelationId(correlationId, trace.setSpan(parent, span));
    await context.with(active, () =>
      metered(async () => {
        c.set('log', log.child({ request_id: requestId }));
        await next();
      }),
    );
    const route = routePath(c);
    const status = c.res.status;
    span.updateName(`${c.req.method} ${route}`);
    span.setAttributes({ 'http.route': route, 'http.response.status_code': status });
    if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
    c.header('X-Correlation-Id', correlationId);
    c.header('X-Request-Id', requestId);
    const seconds = (performance.now() - started) / 1000;
    httpRequestDuration.observe({ service, method: c.req.method, route, status: String(status) }, seconds);
    context.with(active, () =>
      log.info({ method: c.req.method, path: c.req.path, route, status, ms: Math.round(seconds * 1000) }, 'request'),
    );
  }
}
