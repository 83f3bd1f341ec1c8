// generated — do not edit.
// Source: schemas/ (see schemas/README.md). Regenerate with `npm run codegen`.

/** Template of every message on every topic. Codegen renames it to playbook.<module>.<EventName> and replaces the type of `payload` with the event's payload record. Nested types carry an explicit namespace so they stay playbook.envelope.* after renaming. */
export interface AuditEnvelope<P = unknown> {
  /** Deterministic id (UUIDv5) of what happened; the same fact always gets the same id. */
  messageId: string;
  /** The event's name as <module>.<EventName>, e.g. vendors.VendorEngaged. */
  type: string;
  /** The event's payload schema version, e.g. 1 for vendors.VendorEngaged v1. */
  schemaVersion: number;
  /** When the fact happened (not when it was sent), in epoch milliseconds. */
  occurredAt: number;
  /** Module (and connector) that published it, with its build version. */
  producer: Producer;
  /** The id of the whole business flow, end to end, across every hop. */
  correlationId: string;
  /** The messageId (or request id) that directly caused this message. */
  causationId?: string | null;
  /** Where the record lives in the data hierarchy: organization, client, event. */
  scope: Scope;
  /** Who caused it: a user, a connector, a schedule, or the AI orchestrator. */
  actor: Actor;
  /** What was fetched / affected, e.g. { fetched: 120, accepted: 118, skipped: 2 }; single-record domain events carry { affected: 1 }. */
  counts: Record<string, number>;
  /** Why: the filters, windows and policies applied (name + parameters). */
  rules?: Rule[];
  /** What it cost: elapsed ms, API calls, pages, rate-limit units, retries. */
  diagnostics: Diagnostics;
  /** The typed event body (its own Avro record). Placeholder: codegen replaces this type with the event's payload record. */
  payload: P;
}

export interface Producer {
  /** The publishing module, e.g. vendors. */
  module: string;
  /** The publishing connector, e.g. netsuite, when a connector published it. */
  connector?: string | null;
  /** Build version of the publisher. */
  version: string;
}

export interface Scope {
  /** Organization the record belongs to. */
  orgId: string;
  /** Client, for client- and event-scoped records. */
  clientId?: string | null;
  /** Live event, for event-scoped records. */
  eventId?: string | null;
}

export interface Actor {
  /** What kind of actor caused it. */
  kind: ActorKind;
  /** Id of the user, connector code, schedule name or AI run. */
  id: string;
  /** Human-readable name of the actor, when known. */
  displayName?: string | null;
}

export type ActorKind = 'user' | 'connector' | 'schedule' | 'ai' | 'system';

export interface Rule {
  /** Name of the filter, window or policy. */
  name: string;
  /** Its parameters, e.g. { from: '2025-01-01', to: '2025-01-31' }. */
  parameters: Record<string, string>;
}

export interface Diagnostics {
  /** Wall-clock time spent, in milliseconds. */
  elapsedMs?: number | null;
  /** Calls made to external APIs. */
  apiCalls?: number | null;
  /** Pages fetched. */
  pages?: number | null;
  /** Rate-limit units consumed. */
  rateLimitUnits?: number | null;
  /** Retries performed. */
  retries?: number | null;
}

/** Platform self-test: a probe message, used by the benchmark to measure end-to-end latency. */
export interface ProbeRecordedPayload {
  /** Aggregate id (the Kafka message key) of the probe run. */
  probeId: string;
  /** Position of this probe within its run, from 0. */
  sequence: number;
  /** When the producer sent it, in epoch milliseconds. */
  sentAtMs: number;
  /** Optional free text. */
  note?: string | null;
}

/** Platform self-test: a widget was created. */
export interface WidgetCreatedPayload {
  /** Aggregate id (the Kafka message key). */
  widgetId: string;
  /** Display name of the widget. */
  name: string;
  /** How many widgets. */
  quantity: number;
  /** Cost of one widget, in cents. */
  unitCostCents: number;
  /** Free-form labels. */
  tags?: string[];
}

/** Platform self-test: a widget was renamed. */
export interface WidgetRenamedPayload {
  /** Aggregate id (the Kafka message key). */
  widgetId: string;
  /** The new display name. */
  name: string;
}

/** Event type (`<module>.<EventName>`) → its payload type. */
export interface EventPayloads {
  'testkit.ProbeRecorded': ProbeRecordedPayload;
  'testkit.WidgetCreated': WidgetCreatedPayload;
  'testkit.WidgetRenamed': WidgetRenamedPayload;
}

export type EventType = keyof EventPayloads;

/** The whole message of one event type: the envelope around its payload. */
export type EventEnvelope<T extends EventType> = AuditEnvelope<EventPayloads[T]> & { type: T };
