import { cite, type Citation, type InsightDraft, type ToolInvoker } from './output.ts';
import { lookup } from './lookup.ts';

const FIGURES: [field: string, label: string][] = [
  ['engagements', 'engagements'],
  ['events', 'events worked'],
  ['engagedMinor', 'engaged spend (minor units)'],
  ['engagementsAboveRateCard', 'engagements above the rate card'],
  ['approvedPurchaseOrders', 'approved purchase orders'],
  ['rejectedPurchaseOrders', 'rejected purchase orders'],
  ['approvedMinor', 'approved spend (minor units)'],
  ['completedEngagements', 'completed engagements'],
  ['cancelledEngagements', 'cancelled engagements'],
  ['ratings', 'ratings'],
  ['averageRating', 'average rating'],
];

/** Relationship intelligence about a vendor or a client: every figure a citation into the summary tool's record. */
export async function relationshipInsight(
  invoke: ToolInvoker,
  n: { n: number },
  subjectType: 'vendor' | 'client',
  subjectId: string,
): Promise<InsightDraft | null> {
  const s = await lookup(invoke, n, 'relationship_summary', { subjectType, subjectId });
  const summary = s.records[0];
  if (!summary) return null;
  const figures: Citation[] = FIGURES.filter(([field]) => typeof summary.fields[field] === 'number').map(
    ([field, label]) => cite(label, summary, field, s.callId),
  );
  const f = summary.fields;
  const commentary = [
    {
      slot: 'over-time',
      text:
        typeof f.firstStartsOn === 'string'
          ? `Work on record runs from ${f.firstStartsOn} to ${f.lastStartsOn}.`
          : 'No engagements on record yet.',
    },
    {
      slot: 'rate-discipline',
      text:
        Number(f.engagementsAboveRateCard) > 0
          ? 'Some engagements were priced above the rate card.'
          : 'Engagements stayed within the rate card.',
    },
    {
      slot: 'approvals',
      text:
        Number(f.rejectedPurchaseOrders) > 0
          ? 'Some purchase orders were rejected.'
          : 'No purchase order was rejected.',
    },
  ];
  return { subjectType, subjectId, title: `Relationship intelligence about this ${subjectType}`, figures, commentary };
}
