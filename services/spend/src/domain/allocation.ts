import { parse as parseUuid, v5 as uuidv5 } from 'uuid';

/**
 * One namespace for every charge id spend derives (card transactions first: their ids must not
 * change). Held as bytes, parsed once, and names hashed as bytes: a batch derives two ids per charge,
 * and uuid re-parses a string namespace and re-encodes a string name (slowly) on every call.
 */
const CHARGE_NAMESPACE = parseUuid('2b7c4f0e-8d1a-5e3b-9c6f-4a5d7e8f9a0b');
const idOf = (name: string) => uuidv5(Buffer.from(name, 'utf8'), CHARGE_NAMESPACE);

export const cardTransactionIdFor = (source: string, sourceId: string) => idOf(`${source}:${sourceId}`);
export const expenseReportIdFor = (source: string, sourceReportId: string) =>
  idOf(`expense-report:${source}:${sourceReportId}`);
/** The allocation of one charge (a card transaction id, or an expense line key): allocated again, the same id. */
export const allocationIdFor = (chargeId: string) => idOf(`allocation:${chargeId}`);
export const expenseLineKey = (source: string, lineId: string) => `expense-line:${source}:${lineId}`;

export interface Tagged {
  tags: Record<string, string>;
  memo?: string | null | undefined;
}

/**
 * The tag fields a charge names its event and BOM line with: Ramp accounting fields and Nexonia
 * dimensions are both configured with these names.
 */
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
 * The tag rules, the same for every kind of charge (a card transaction, an expense line): the
 * charge's "Event" field names the event; failing that, `#event:<id>` in the
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
