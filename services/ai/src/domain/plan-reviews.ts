import { lookup } from './lookup.ts';
import type { RunOutput, ToolInvoker, ToolRecord } from './output.ts';
import { contractExpiresBeforeEventEnds } from './rules/contract-expires-before-event-ends.ts';
import { engagementWithoutSignedContract } from './rules/engagement-without-signed-contract.ts';
import { spendOverBomLine, spendOverBudget } from './rules/spend-over-budget.ts';
import type { Task } from './tasks.ts';
import { workOverdueNearEvent } from './rules/work-overdue-near-event.ts';

type N = { n: number };
type PlanTask = Extract<Task, { task: 'review-budget' | 'review-contract' | 'review-readiness' }>;

/** The budget, contract and work rules: the BOM line and the budget, a contract against its events, readiness. */
export async function reviewPlan(invoke: ToolInvoker, n: N, task: PlanTask, out: RunOutput): Promise<RunOutput> {
  if (task.task === 'review-budget') {
    if (task.lineId) {
      const l = await lookup(invoke, n, 'get_bom_line', { lineId: task.lineId });
      const flag = l.records[0] ? spendOverBomLine(l.records[0], l.callId) : null;
      if (flag) out.headsUps.push(flag);
    }
    const b = await lookup(invoke, n, 'get_budget', { budgetId: task.budgetId });
    const flag = b.records[0] ? spendOverBudget(b.records[0], b.callId) : null;
    if (flag) out.headsUps.push(flag);
    return out;
  }
  if (task.task === 'review-contract') {
    const c = await lookup(invoke, n, 'list_contracts', { contractId: task.contractId });
    const contract = c.records[0];
    if (!contract) return out;
    for (const eventId of await eventsCoveredBy(invoke, n, contract)) {
      const event = (await lookup(invoke, n, 'get_event', { eventId })).records[0];
      const flag = event ? contractExpiresBeforeEventEnds(contract, event, { contract: c.callId }) : null;
      if (flag) out.headsUps.push(flag);
    }
    return out;
  }
  const d = await lookup(invoke, n, 'event_countdown', { eventId: task.eventId, asOf: task.asOf });
  const countdown = d.records[0];
  if (!countdown) return out;
  const engagements = (await lookup(invoke, n, 'list_engagements', { eventId: task.eventId })).records;
  const contracts = (await lookup(invoke, n, 'list_contracts', { eventId: task.eventId })).records;
  for (const engagement of engagements) {
    const mine = contracts.filter((k) => k.fields.vendorId === engagement.fields.vendorId);
    const flag = engagementWithoutSignedContract(engagement, countdown, mine, task.leadDays, { countdown: d.callId });
    if (flag) out.headsUps.push(flag);
  }
  const w = await lookup(invoke, n, 'list_overdue_work_items', { eventId: task.eventId, asOf: task.asOf });
  for (const item of w.records) {
    const flag = workOverdueNearEvent(item, countdown, task.leadDays, { items: w.callId, countdown: d.callId });
    if (flag) out.headsUps.push(flag);
  }
  return out;
}

/** A SOW covers its event; an MSA covers the client's events where the vendor is engaged. */
async function eventsCoveredBy(invoke: ToolInvoker, n: N, contract: ToolRecord): Promise<string[]> {
  const f = contract.fields;
  if (typeof f.eventId === 'string') return [f.eventId];
  const { records } = await lookup(invoke, n, 'list_engagements', { vendorId: f.vendorId, clientId: f.clientId });
  return [
    ...new Set(records.filter((r) => r.fields.status !== 'cancelled').map((r) => String(r.fields.eventId))),
  ].sort();
}
