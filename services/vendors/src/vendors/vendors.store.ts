import type { Queryable } from '@playbook/db/client';
import type { RateCard } from '../domain/rate-cards.ts';

export interface VendorRow {
  vendor_id: string;
  seq: string;
  org_id: string;
  name: string;
  category: string;
  email: string | null;
}

export async function findVendor(
  db: Queryable,
  orgId: string,
  vendorId: string,
  lock = false,
): Promise<VendorRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(vendorId)) return undefined;
  const [row] = lock
    ? await db<VendorRow[]>`select * from vendors where vendor_id = ${vendorId} and org_id = ${orgId} for update`
    : await db<VendorRow[]>`select * from vendors where vendor_id = ${vendorId} and org_id = ${orgId}`;
  return row;
}

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

export const today = (): string => new Date().toISOString().slice(0, 10);

export const toVendor = (row: VendorRow, rateCards: (RateCard & { current: boolean })[]) => ({
  vendorId: row.vendor_id,
  orgId: row.org_id,
  name: row.name,
  category: row.category,
  email: row.email,
  rateCards,
});
