import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { eventScope } from '@playbook/service-kit/access';
import { allocationTarget, type Tagged } from '../domain/allocation.ts';

/** Where a charge goes: an event of the organization (with its client) and maybe a BOM line, or nowhere. */
export interface Allocation {
  eventId: string | null;
  clientId: string | null;
  bomLineId: string | null;
  /** The tag rule that found the event, `unknown-event` when it named one the scope tree lacks, or `none`. */
  rule: string;
}

/**
 * The tag rules applied to charges of one batch (card transactions and expense lines alike): the
 * event a charge names is taken only when the scope tree knows it in the batch's organization.
 * Looks each event up once per batch.
 */
export function allocator(tx: Tx, orgId: string) {
  const events = new Map<string, { clientId: string } | null>();
  return async (charge: Tagged): Promise<Allocation> => {
    const target = allocationTarget(charge);
    if (!target.eventId) return { eventId: null, clientId: null, bomLineId: null, rule: 'none' };
    if (!events.has(target.eventId)) {
      const scope = await eventScope(tx, target.eventId);
      events.set(target.eventId, scope && scope.orgId === orgId ? { clientId: scope.clientId } : null);
    }
    const known = events.get(target.eventId);
    return known
      ? { eventId: target.eventId, clientId: known.clientId, bomLineId: target.bomLineId, rule: target.rule }
      : { eventId: null, clientId: null, bomLineId: null, rule: 'unknown-event' };
  };
}

export interface AllocatedCharge {
  orgId: string;
  allocationId: string;
  source: 'card' | 'expense';
  sourceId: string;
  eventId: string;
  clientId: string;
  bomLineId: string | null;
  rule: string;
  amountMinor: number;
  currency: string;
  allocatedAt: number;
  description: string;
}

/** SpendAllocated for one charge: budget counts it as actual spend on the event (and line). */
export async function publishAllocation(publisher: Publisher, a: AllocatedCharge): Promise<void> {
  await publisher.publish({
    type: 'spend.SpendAllocated',
    key: a.allocationId,
    scope: { orgId: a.orgId, clientId: a.clientId, eventId: a.eventId },
    rules: [{ name: 'spend.tag-rules', parameters: { rule: a.rule, bomLine: a.bomLineId ?? 'unassigned' } }],
    payload: {
      allocationId: a.allocationId,
      source: a.source,
      sourceId: a.sourceId,
      eventId: a.eventId,
      clientId: a.clientId,
      bomLineId: a.bomLineId,
      amountMinor: a.amountMinor,
      currency: a.currency,
      allocatedAt: a.allocatedAt,
      description: a.description,
    },
  });
}
