import type { RampTransaction } from '@playbook/contracts/types';
import type { RampApiTransaction } from './ramp-api.ts';

/** States whose amount is final or about to be; declined and other states are skipped. */
export const ACCEPTED_STATES = ['CLEARED', 'COMPLETION', 'PENDING'] as const;

/** Ramp gives major units as a decimal number; the Playbook counts minor units. */
export const toMinor = (amount: number) => Math.round(amount * 100);

/** A Ramp transaction in the batch's shape: accounting field selections become `tags` (field → value). */
export function normalize(t: RampApiTransaction): RampTransaction {
  const tags: Record<string, string> = {};
  for (const s of t.accounting_field_selections ?? []) {
    const field = s.category_info?.name;
    if (field) tags[field] = s.external_id ?? s.name;
  }
  return {
    id: t.id,
    amountMinor: toMinor(t.amount),
    currency: t.currency_code,
    transactedAt: Date.parse(t.user_transaction_time),
    merchantName: t.merchant_name,
    merchantCategory: t.sk_category_name ?? null,
    cardHolderId: t.card_holder.user_id ?? null,
    cardHolderName: `${t.card_holder.first_name} ${t.card_holder.last_name}`.trim(),
    cardHolderEmail: null,
    memo: t.memo ?? null,
    state: t.state,
    tags,
  };
}

/** The window's transactions the Playbook accepts, and how many were fetched. */
export function acceptWindow(fetched: RampApiTransaction[]): { fetched: number; records: RampTransaction[] } {
  const accepted = fetched.filter((t) => (ACCEPTED_STATES as readonly string[]).includes(t.state));
  return { fetched: fetched.length, records: accepted.map(normalize) };
}
