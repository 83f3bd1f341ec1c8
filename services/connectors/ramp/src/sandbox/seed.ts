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

/**
 * Deterministic, realistic card transactions: `count` charges spread over [from, to), some tagged
 * with an event (the "Event" accounting field) and a BOM line, a few declined.
 */
export function seedTransactions(
  count: number,
  from: number,
  to: number,
  tag?: { eventId: string; bomLineId?: string },
  prefix = 'txn',
): RampApiTransaction[] {
  return Array.from({ length: count }, (_, i) => {
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
      user_transaction_time: new Date(from + Math.floor(((to - from) * i) / Math.max(1, count))).toISOString(),
      merchant_name: merchant,
      sk_category_name: category,
      state: i % 17 === 16 ? 'DECLINED' : 'CLEARED',
      memo: tagged ? `For ${tag.eventId}` : null,
      card_holder: { user_id: userId, first_name: first, last_name: last },
      accounting_field_selections: selections,
    };
  });
}
