import type { Queryable } from '@playbook/db/client';
import type { NewRateCard, RateCard } from '../domain/rate-cards.ts';

/** Every rate card of the given vendors (optionally one currency), lines included. */
export async function loadRateCards(
  db: Queryable,
  vendorIds: string[],
  currency?: string,
): Promise<Map<string, RateCard[]>> {
  const byVendor = new Map<string, RateCard[]>(vendorIds.map((id) => [id, []]));
  if (vendorIds.length === 0) return byVendor;
  const rows = await db<
    {
      rate_card_id: string;
      vendor_id: string;
      currency: string;
      valid_from: string;
      valid_to: string | null;
      lines: { serviceLine: string; unit: string; unitRateMinor: number }[];
    }[]
  >`
    select c.rate_card_id, c.vendor_id, c.currency, c.valid_from, c.valid_to,
           coalesce(json_agg(json_build_object('serviceLine', l.service_line, 'unit', l.unit, 'unitRateMinor', l.unit_rate_minor)
                    order by l.service_line) filter (where l.rate_card_id is not null), '[]') as lines
    from rate_cards c left join rate_card_lines l using (rate_card_id)
    where c.vendor_id in ${db(vendorIds)} ${currency ? db`and c.currency = ${currency}` : db``}
    group by c.rate_card_id order by c.valid_from, c.published_at`;
  for (const r of rows) {
    byVendor.get(r.vendor_id)?.push({
      rateCardId: r.rate_card_id,
      currency: r.currency,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      lines: r.lines,
    });
  }
  return byVendor;
}

export async function insertRateCard(db: Queryable, rateCardId: string, vendorId: string, card: NewRateCard) {
  await db`insert into rate_cards (rate_card_id, vendor_id, currency, valid_from, valid_to)
           values (${rateCardId}, ${vendorId}, ${card.currency}, ${card.validFrom}, ${card.validTo})`;
  await db`insert into rate_card_lines ${db(card.lines.map((l) => ({ rate_card_id: rateCardId, service_line: l.serviceLine, unit: l.unit, unit_rate_minor: l.unitRateMinor })))}`;
}
