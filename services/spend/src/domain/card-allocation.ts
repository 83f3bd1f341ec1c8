import { parse as parseUuid, v5 as uuidv5 } from 'uuid';

// As bytes, parsed once: a batch derives two ids per charge, and uuid re-parses a string namespace
// and re-encodes a string name (slowly) on every call. Same ids as uuidv5(name, 'string namespace').
const CARD_NAMESPACE = parseUuid('2b7c4f0e-8d1a-5e3b-9c6f-4a5d7e8f9a0b');
const idOf = (name: string) => uuidv5(Buffer.from(name, 'utf8'), CARD_NAMESPACE);

export const cardTransactionIdFor = (source: string, sourceId: string) => idOf(`${source}:${sourceId}`);
export const allocationIdFor = (cardTransactionId: string) => idOf(`allocation:${cardTransactionId}`);

export interface Tagged {
  tags: Record<string, string>;
  memo?: string | null | undefined;
}

/** The tag fields a card program uses for the event and the BOM line (Ramp accounting fields). */
export const EVENT_FIELD = 'Event';
export const BOM_LINE_FIELD = 'BOM line';
const MEMO_EVENT = /#event:([A-Za-z0-9_-]+)/;
const MEMO_LINE = /#bom:([A-Za-z0-9_-]+)/;

export interface AllocationTarget {
  eventId: string | null;
  bomLineId: string | null;
  /** Which rule found the event: the event tag, the memo, or none (left unallocated). */
  rule: 'event-tag' | 'memo' | 'none';
}

/**
 * The tag rules: the transaction's "Event" field names the event; failing that, `#event:<id>` in the
 * memo. The "BOM line" field (or `#bom:<id>` in the memo) names the line; budget counts a charge
 * with no (or an unknown) line on the event's unassigned line.
 */
export function allocationTarget(t: Tagged): AllocationTarget {
  const fromTag = t.tags[EVENT_FIELD]?.trim();
  const fromMemo = t.memo?.match(MEMO_EVENT)?.[1];
  const line = t.tags[BOM_LINE_FIELD]?.trim() || t.memo?.match(MEMO_LINE)?.[1] || null;
  if (fromTag) return { eventId: fromTag, bomLineId: line, rule: 'event-tag' };
  if (fromMemo) return { eventId: fromMemo, bomLineId: line, rule: 'memo' };
  return { eventId: null, bomLineId: null, rule: 'none' };
}
