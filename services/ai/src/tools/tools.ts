import type { Queryable } from '@playbook/db/client';
import { z } from 'zod';
import { RunRefused, type ToolInvoker, type ToolRecord } from '../domain/output.ts';
import * as plans from './plans.store.ts';
import * as records from './records.store.ts';
import * as scope from './scope.store.ts';

interface Tool<A extends z.ZodType> {
  description: string;
  args: A;
  run: (db: Queryable, orgId: string, args: z.infer<A>) => Promise<ToolRecord[]>;
}
const tool = <A extends z.ZodType>(t: Tool<A>) => t;
const id = z.string().min(1).max(200);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The typed, read-only tools a run may call: each returns records with their ids and the fields used. */
export const TOOLS = {
  get_engagement: tool({
    description: 'One engagement of a vendor for an event: rate, quantity, amount, rate-card rate, status.',
    args: z.strictObject({ engagementId: id }),
    run: (db, org, a) => records.engagements(db, org, { engagementId: a.engagementId }),
  }),
  list_engagements: tool({
    description: 'Engagements of a vendor, at an event or for a client (at most one filter is needed).',
    args: z.strictObject({ vendorId: id.optional(), eventId: id.optional(), clientId: id.optional() }),
    run: (db, org, a) => records.engagements(db, org, a),
  }),
  find_rate_card_line: tool({
    description: "The vendor's rate-card line for a service line and unit, in force on a day.",
    args: z.strictObject({ vendorId: id, serviceLine: id, unit: id, on: day }),
    run: (db, org, a) => records.rateCardLine(db, org, a),
  }),
  list_purchase_orders: tool({
    description: 'Purchase orders: one by id, those of an engagement, or those of an event.',
    args: z.strictObject({ purchaseOrderId: id.optional(), engagementId: id.optional(), eventId: id.optional() }),
    run: (db, org, a) => records.purchaseOrders(db, org, a),
  }),
  get_card_transaction: tool({
    description: 'One imported card transaction.',
    args: z.strictObject({ cardTransactionId: id }),
    run: (db, org, a) => records.cardTransaction(db, org, a.cardTransactionId),
  }),
  find_similar_card_charges: tool({
    description: 'Other charges by the same card holder at the same merchant for the same amount within some hours.',
    args: z.strictObject({ cardTransactionId: id, hours: z.number().int().min(1).max(168) }),
    run: (db, org, a) => records.similarCardCharges(db, org, a),
  }),
  get_event: tool({
    description: 'One live event: its client, name, dates and status.',
    args: z.strictObject({ eventId: id }),
    run: (db, org, a) => scope.event(db, org, a.eventId),
  }),
  get_vendor: tool({
    description: 'One vendor: name and category.',
    args: z.strictObject({ vendorId: id }),
    run: (db, org, a) => scope.vendor(db, org, a.vendorId),
  }),
  relationship_summary: tool({
    description:
      'A vendor or a client over time: engagements, spend, rate against the card, rejections, completion, ratings.',
    args: z.strictObject({ subjectType: z.enum(['vendor', 'client']), subjectId: id }),
    run: (db, org, a) => scope.relationshipSummary(db, org, a),
  }),
  get_budget: tool({
    description: "An event's budget: planned, committed and actual totals.",
    args: z.strictObject({ budgetId: id }),
    run: (db, org, a) => plans.budget(db, org, a.budgetId),
  }),
  get_bom_line: tool({
    description: 'One bill-of-materials line: planned, committed and actual amounts.',
    args: z.strictObject({ lineId: id }),
    run: (db, org, a) => plans.bomLine(db, org, a.lineId),
  }),
  list_contracts: tool({
    description: 'Contracts (MSAs and SOWs): one by id, those of an event, or the SOW of an engagement.',
    args: z.strictObject({ contractId: id.optional(), eventId: id.optional(), engagementId: id.optional() }),
    run: (db, org, a) => plans.contracts(db, org, a),
  }),
  list_overdue_work_items: tool({
    description: 'Work items of an event not done and due before a day (asOf), with the days overdue.',
    args: z.strictObject({ eventId: id, asOf: day }),
    run: (db, org, a) => plans.overdueWorkItems(db, org, a),
  }),
  event_countdown: tool({
    description: 'How many days from a day (asOf) to the start and the end of an event.',
    args: z.strictObject({ eventId: id, asOf: day }),
    run: (db, org, a) => scope.eventCountdown(db, org, a),
  }),
} satisfies Record<string, Tool<z.ZodType>>;

export type ToolName = keyof typeof TOOLS;
const isTool = (name: string): name is ToolName => Object.hasOwn(TOOLS, name);

/** Runs tools against this organization's projections only; an unknown tool or bad arguments refuse the run. */
export function toolInvoker(db: Queryable, orgId: string): ToolInvoker {
  return async (name, args) => {
    if (!isTool(name)) throw new RunRefused('AI.UNKNOWN_TOOL', `the tool "${name}" does not exist`);
    const t = TOOLS[name] as Tool<z.ZodType>;
    const parsed = t.args.safeParse(args);
    if (!parsed.success)
      throw new RunRefused('AI.BAD_TOOL_ARGUMENTS', `bad arguments for ${name}: ${parsed.error.message}`);
    return { records: await t.run(db, orgId, parsed.data) };
  };
}

/** The tools as an OpenAI-compatible `tools` array (JSON Schema parameters). */
export function toolSpecs() {
  return Object.entries(TOOLS).map(([name, t]) => ({
    type: 'function' as const,
    function: { name, description: t.description, parameters: z.toJSONSchema(t.args as z.ZodType) },
  }));
}
