import type { RunOutput, ToolInvoker } from './output.ts';
import { lookup } from './lookup.ts';
import { reviewRate } from './rules/review-rate.ts';
import { askAbout } from './ask.ts';
import { reviewPlan } from './plan-reviews.ts';
import { DUPLICATE_WINDOW_HOURS, duplicateCardCharges } from './rules/duplicate-card-charges.ts';
import { poWithoutApprovedEngagement } from './rules/po-without-engagement.ts';
import { relationshipInsight } from './insight.ts';
import type { Task } from './tasks.ts';

/** A provider turns a task into an output, calling tools through the (recording) invoker. */
export interface Provider {
  name: string;
  model: string | null;
  run(task: Task, invoke: ToolInvoker): Promise<RunOutput>;
}

const empty = (): RunOutput => ({ headsUps: [], insight: null, citations: [], commentary: [] });

/** The default provider: deterministic rules over tool results; needs nothing outside the module. */
export const rulesProvider: Provider = {
  name: 'rules',
  model: null,
  async run(task, invoke) {
    const n = { n: 0 };
    const out = empty();
    switch (task.task) {
      case 'review-engagement': {
        const e = await lookup(invoke, n, 'get_engagement', { engagementId: task.engagementId });
        const engagement = e.records[0];
        if (!engagement) return out;
        const flag = await reviewRate(invoke, n, engagement, e.callId);
        if (flag) out.headsUps.push(flag);
        out.insight = await relationshipInsight(invoke, n, 'vendor', String(engagement.fields.vendorId));
        return out;
      }
      case 'review-purchase-order': {
        const p = await lookup(invoke, n, 'list_purchase_orders', { purchaseOrderId: task.purchaseOrderId });
        const po = p.records[0];
        if (!po) return out;
        const engagementId = po.fields.engagementId;
        const engagement =
          typeof engagementId === 'string'
            ? ((await lookup(invoke, n, 'get_engagement', { engagementId })).records[0] ?? null)
            : null;
        const flag = poWithoutApprovedEngagement(po, engagement, task.engagementRequired, { po: p.callId });
        if (flag) out.headsUps.push(flag);
        return out;
      }
      case 'review-card-transaction': {
        const c = await lookup(invoke, n, 'get_card_transaction', { cardTransactionId: task.cardTransactionId });
        const charge = c.records[0];
        if (!charge) return out;
        const args = { cardTransactionId: charge.recordId, hours: DUPLICATE_WINDOW_HOURS };
        const s = await lookup(invoke, n, 'find_similar_card_charges', args);
        const flag = duplicateCardCharges(charge, s.records, { charge: c.callId, similar: s.callId });
        if (flag?.eventId) flag.clientId = await clientOfEvent(invoke, n, flag.eventId);
        if (flag) out.headsUps.push(flag);
        return out;
      }
      case 'review-budget':
      case 'review-contract':
      case 'review-readiness':
        return reviewPlan(invoke, n, task, out);
      case 'ask':
        return askAbout(invoke, n, task);
    }
  },
};

async function clientOfEvent(invoke: ToolInvoker, n: { n: number }, eventId: string): Promise<string | null> {
  const client = (await lookup(invoke, n, 'get_event', { eventId })).records[0]?.fields.clientId;
  return typeof client === 'string' ? client : null;
}
