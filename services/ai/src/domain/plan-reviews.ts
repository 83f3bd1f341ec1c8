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
    for (const covered of await coveredBy(invoke, n, contract)) {
      const flag = contractExpiresBeforeEventEnds(contract, covered, { contract: c.callId });
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

/**
 * What a contract must cover: a SOW drafted from an engagement, that engagement's work; another SOW,
 * its event; an MSA, the client's events where the vendor is engaged.
 */
async function coveredBy(invoke: ToolInvoker, n: N, contract: ToolRecord): Promise<ToolRecord[]> {
  const f = contract.fields;
  if (typeof f.engagementId === 'string') {
    const engagement = (await lookup(invoke, n, 'get_engagement', { engagementId: f.engagementId })).records[0];
    if (engagement) return [engagement];
  }
  let eventIds = typeof f.eventId === 'string' ? [f.eventId] : [];
  if (eventIds.length === 0) {
    const { records } = await lookup(invoke, n, 'list_engagements', { vendorId: f.vendorId, clientId: f.clientId });
    eventIds = [
      ...new Set(records.filter((r) => r.fields.status !== 'cancelled').map((r) => String(r.fields.eventId))),
    ];
  }
  const events: ToolRecord[] = [];
  for (const eventId of eventIds.sort()) {
    const event = (await lookup(invoke, n, 'get_event', { eventId })).records[0];
    if (event) events.push(event);
  }
  return events;
}
