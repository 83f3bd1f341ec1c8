import { randomUUID } from 'node:crypto';
import { context, propagation, trace, type Context } from '@opentelemetry/api';

export const CORRELATION_BAGGAGE_KEY = 'playbook.correlation_id';
export const CORRELATION_SPAN_ATTRIBUTE = 'playbook.correlation_id';
export const CORRELATION_HEADER = 'x-correlation-id';

const VALID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A caller-supplied id is kept when it is sane; otherwise a new one starts the flow. */
export function normalizeCorrelationId(candidate: string | undefined | null): string {
  return candidate && VALID.test(candidate) ? candidate : randomUUID();
}

export function correlationIdFrom(ctx: Context = context.active()): string | undefined {
  return propagation.getBaggage(ctx)?.getEntry(CORRELATION_BAGGAGE_KEY)?.value;
}

/** Returns a context whose baggage carries the correlation id; also tags the active span. */
export function withCorrelationId(correlationId: string, ctx: Context = context.active()): Context {
  const baggage = propagation.getBaggage(ctx);
  trace.getSpan(ctx)?.setAttribute(CORRELATION_SPAN_ATTRIBUTE, correlationId);
  // A consumed message's baggage usually carries it already: no new context (a copy) per message.
  if (baggage?.getEntry(CORRELATION_BAGGAGE_KEY)?.value === correlationId) return ctx;
  const entries = baggage ?? propagation.createBaggage();
  return propagation.setBaggage(ctx, entries.setEntry(CORRELATION_BAGGAGE_KEY, { value: correlationId }));
}

export function runWithCorrelationId<T>(correlationId: string, fn: () => T): T {
  return context.with(withCorrelationId(correlationId), fn);
}
