import type { EnvelopeOf, EventType } from '@playbook/bus/envelope';

export const DOC_TYPES = [
  'client',
  'event',
  'vendor',
  'rate_card',
  'engagement',
  'purchase_order',
  'approval',
  'budget',
  'bom_line',
  'contract',
  'work_item',
  'asset',
  'brand_kit',
  'heads_up',
] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** One searchable record as the index holds it. */
export interface Doc {
  type: DocType;
  id: string;
  orgId: string;
  clientId?: string | null | undefined;
  eventId?: string | null | undefined;
  /** The org-wide catalog (vendors, rate cards): any grant in the org reads it. */
  catalog?: boolean;
  /** A client-level record readable through a grant on any of the client's events (clients, brand kits). */
  clientLevel?: boolean;
  title: string;
  body: string;
  status?: string | null | undefined;
  /** The record's date for range filters (an event's start, a PO's raising, a work item's due date). */
  onDate?: string | null | undefined;
  vendorId?: string | null | undefined;
  vendorName?: string | null | undefined;
}

export type Patch = Partial<Pick<Doc, 'title' | 'body' | 'status' | 'onDate'>>;

/** What one fact does to the index. */
export type Change =
  | { kind: 'put'; doc: Doc }
  | { kind: 'patch'; type: DocType; id: string; set: Patch }
  | { kind: 'remove'; type: DocType; id: string }
  | { kind: 'name'; what: 'client' | 'event' | 'vendor'; id: string; orgId: string; name: string };

/** A fact's mapping to changes, typed by its event type. */
export type Mappers = { [T in EventType]?: (e: EnvelopeOf<T>) => Change[] };

/** The envelope's day (UTC) as an ISO date, for records whose date is when they happened. */
export const dayOf = (occurredAt: number): string => new Date(occurredAt).toISOString().slice(0, 10);

/** Joins the non-empty parts of a record's searchable body. */
export const words = (...parts: (string | null | undefined)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(' · ');

/** A service line as people say it: `led-wall` → `led wall`. */
export const spoken = (s: string): string => s.replaceAll(/[-_]+/g, ' ');
