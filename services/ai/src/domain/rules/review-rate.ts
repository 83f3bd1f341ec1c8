import { lookup } from '../lookup.ts';
import type { HeadsUpDraft, ToolInvoker, ToolRecord } from '../output.ts';
import { rateAboveRateCard } from './rate-above-rate-card.ts';

/** The rate rule for one engagement: looks up the vendor's card line in force on its first day. */
export async function reviewRate(
  invoke: ToolInvoker,
  n: { n: number },
  engagement: ToolRecord,
  engagementCall: string,
): Promise<HeadsUpDraft | null> {
  const f = engagement.fields;
  const l = await lookup(invoke, n, 'find_rate_card_line', {
    vendorId: f.vendorId,
    serviceLine: f.serviceLine,
    unit: f.unit,
    on: f.startsOn,
  });
  return rateAboveRateCard(engagement, l.records[0] ?? null, { engagement: engagementCall, line: l.callId });
}
