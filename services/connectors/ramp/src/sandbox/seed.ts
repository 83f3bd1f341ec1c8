import type { RampApiTransaction } from '../ramp-api.ts';

const MERCHANTS = [
  ['Uber', 'Taxi and rideshare'],
  ['Delta Air Lines', 'Airlines'],
  ['Marriott', 'Lodging'],
  ['FedEx Office', 'Shipping'],
  ['B&H Photo', 'Electronics'],
  ['Sweetgreen', 'Restaurants'],
] as const;
const HOLDERS = [
  ['u-ramp-1', 'Avery', 'Stone'],
  ['u-ramp-2', 'Jordan', 'Lee'],
  ['u-ramp-3', 'Sam', 'Patel'],
] as const;

/** What a seeded charge is tagged with: the "Event" accounting field and, optionally, the "BOM line". */
export interface SeedTag {
  eventId: string;
  bomLineId?: string;
}

/**
 * The i-th of `count` deterministic charges spread over [from, to): times never decrease with i and
 * ids sort with i, so index order is the API's order. Three in four carry the tag; one in 17 is declined.
 */
export function seedTransaction(
  i: number,
  count: number,
  from: number,
  to: number,
  tag?: SeedTag,
  prefix = 'txn',
): RampApiTransaction {
  const [merchant, category] = MERCHANTS[i % MERCHANTS.length]!;
  const [userId, first, last] = HOLDERS[i % HOLDERS.length]!;
  const tagged = tag && i % 4 !== 3;
  const selections = tagged
    ? [
        { category_info: { name: 'Event', type: 'OTHER' }, external_id: tag.eventId, name: `Event ${tag.eventId}` },
        ...(tag.bomLineId
          ? [{ category_info: { name: 'BOM line', type: 'OTHER' }, external_id: tag.bomLineId, name: 'BOM line' }]
          : []),
      ]
    : [];
  return {
    id: `${prefix}-${String(i).padStart(7, '0')}`,
    amount: 25 + ((i * 37) % 400) + (i % 100) / 100,
    currency_code: 'USD',
    user_transaction_time: new Date(seedTime(i, count, from, to)).toISOString(),
    merchant_name: merchant,
    sk_category_name: category,
    state: i % 17 === 16 ? 'DECLINED' : 'CLEARED',
    memo: tagged ? `For ${tag.eventId}` : null,
    card_holder: { user_id: userId, first_name: first, last_name: last },
    accounting_field_selections: selections,
  };
}

/** When the i-th of `count` seeded charges happened. */
export const seedTime = (i: number, count: number, from: number, to: number) =>
  from + Math.floor(((to - from) * i) / Math.max(1, count));

/**
 * Deterministic, realistic card transactions: `count` charges spread over [from, to), some tagged
 * with an event (the "Event" accounting field) and a BOM line, a few declined.
 */
export function seedTransactions(
  count: number,
  from: number,
  to: number,
  tag?: SeedTag,
  prefix = 'txn',
): RampApiTransaction[] {
  return Array.from({ length: count }, (_, i) => seedTransaction(i, count, from, to, tag, prefix));
}
