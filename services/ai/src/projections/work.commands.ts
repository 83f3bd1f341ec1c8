import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CONTRACT_LEAD_DAYS } from '../domain/rules/engagement-without-signed-contract.ts';
import { reviewAfter } from './review.ts';
import * as store from './work.store.ts';

export const REVIEW_OVERDUE = 'review-readiness-when-work-item-overdue';

export const created = (tx: Tx, e: EnvelopeOf<'work.WorkItemCreated'>) =>
  store.recordWorkItem(tx, e.scope.orgId, e.payload);
export const statusChanged = (tx: Tx, e: EnvelopeOf<'work.WorkItemStatusChanged'>) =>
  store.setWorkStatus(tx, e.payload.workItemId, e.payload.to);
export const assigned = (tx: Tx, e: EnvelopeOf<'work.WorkItemAssigned'>) => store.assignWorkItem(tx, e.payload);

/** An item went overdue: the event's readiness is judged as of the day the notice happened. */
export async function overdue(tx: Tx, publisher: Publisher, e: EnvelopeOf<'work.WorkItemOverdue'>) {
  const p = e.payload;
  await store.recordOverdue(tx, e.scope.orgId, p);
  const asOf = new Date(e.occurredAt).toISOString().slice(0, 10);
  const task = { task: 'review-readiness' as const, eventId: p.eventId, asOf, leadDays: CONTRACT_LEAD_DAYS };
  await reviewAfter(tx, publisher, REVIEW_OVERDUE, e, task, p);
}
