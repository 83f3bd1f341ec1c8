import type {
  Actor,
  AuditEnvelope,
  Diagnostics,
  EventPayloads,
  EventType,
  Producer,
  Rule,
  Scope,
} from '@playbook/contracts/types';
import { describe, validateEnvelope } from '@playbook/contracts/catalog';
import { CodedError } from '@playbook/errors/coded-error';
import { readMeter } from '@playbook/telemetry/cost-meter';

export type { Actor, AuditEnvelope, Diagnostics, EventPayloads, EventType, Producer, Rule, Scope };
export type AnyEnvelope = AuditEnvelope<unknown>;
export type EnvelopeOf<T extends EventType> = AuditEnvelope<EventPayloads[T]>;

/** What a publisher says about the fact; the cause supplies correlation, causation and actor. */
export interface EventInput<T extends EventType> {
  type: T;
  /** The aggregate id: the Kafka key, so all facts about one aggregate stay in order. */
  key: string;
  payload: EventPayloads[T];
  scope: Scope;
  occurredAt?: number;
  actor?: Actor;
  counts?: Record<string, number>;
  rules?: Rule[];
  diagnostics?: Partial<Diagnostics>;
}

/** Where a new message comes from: an HTTP command, a consumed message, or a schedule. */
export interface Cause {
  correlationId: string;
  /** The messageId (or request id) that directly caused this message. */
  causationId: string | null;
  actor: Actor;
  /** Derives the message id of the n-th event of this type emitted under this cause. */
  messageIdFor(type: string, index: number): string;
}

const NO_DIAGNOSTICS: Diagnostics = {
  elapsedMs: null,
  dbRoundTrips: null,
  apiCalls: null,
  pages: null,
  rateLimitUnits: null,
  retries: null,
};

/**
 * Builds a complete envelope and validates it against the event's Avro contract, so a bad
 * event fails inside the publisher's transaction instead of jamming the outbox later.
 */
export function buildEnvelope<T extends EventType>(
  input: EventInput<T>,
  cause: Cause,
  producer: Producer,
  index = 0,
): EnvelopeOf<T> {
  const descriptor = describe(input.type);
  // What the unit of work publishing this has cost and checked so far (see telemetry's cost meter).
  const meter = readMeter();
  const envelope: EnvelopeOf<T> = {
    messageId: cause.messageIdFor(input.type, index),
    type: input.type,
    schemaVersion: descriptor.schemaVersion,
    occurredAt: input.occurredAt ?? Date.now(),
    producer,
    correlationId: cause.correlationId,
    causationId: cause.causationId,
    scope: { orgId: input.scope.orgId, clientId: input.scope.clientId ?? null, eventId: input.scope.eventId ?? null },
    actor: input.actor ?? cause.actor,
    counts: input.counts ?? { affected: 1 },
    rules: [...(meter?.rules ?? []), ...(input.rules ?? [])],
    diagnostics: {
      ...NO_DIAGNOSTICS,
      ...(meter ? { elapsedMs: meter.elapsedMs, dbRoundTrips: meter.dbRoundTrips } : {}),
      ...definedOnly(input.diagnostics),
    },
    payload: input.payload,
  };
  const result = validateEnvelope(input.type, envelope);
  if (!result.ok) {
    const where = result.errors.map((e) => `${e.path || '(root)'}: ${e.message}`).join('; ');
    throw new CodedError('BUS.INVALID_EVENT', `${input.type} does not match its contract: ${where}`, 500, {
      errors: result.errors,
    });
  }
  return envelope;
}

/** `{ retries: undefined }` means "not given", not "undefined": keep the default null. */
function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
