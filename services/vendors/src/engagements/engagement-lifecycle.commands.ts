import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { conflict, notFound } from '@playbook/service-kit/problem';
import { cancel, complete, ratable, type Transition } from '../domain/engagement.ts';
import { type EngagementRow, findEngagement, markCancelled, markCompleted } from './engagements.store.ts';
import { insertRating, type RatingRow } from './ratings.store.ts';

export const ENGAGEMENT_NOT_FOUND = 'VENDORS.ENGAGEMENT_NOT_FOUND';

const REFUSED = {
  cancelled: ['The engagement is already cancelled.', 'VENDORS.ENGAGEMENT_CANCELLED'],
  completed: ['The engagement is completed.', 'VENDORS.ENGAGEMENT_COMPLETED'],
  active: ['The engagement is still active.', 'VENDORS.ENGAGEMENT_ACTIVE'],
} as const;

/** The engagement, locked, when `transition` allows it from its status; 404 or 409 otherwise. */
export async function lockActive(
  tx: Tx,
  orgId: string,
  engagementId: string,
  transition: (status: EngagementRow['status']) => Transition,
): Promise<EngagementRow> {
  const row = await findEngagement(tx, orgId, engagementId, true);
  if (!row) throw notFound('The engagement', ENGAGEMENT_NOT_FOUND);
  if (!transition(row.status).ok) {
    const [detail, code] = REFUSED[row.status];
    throw conflict(detail, code);
  }
  return row;
}

const scopeOf = (row: EngagementRow) => ({ orgId: row.org_id, clientId: row.client_id, eventId: row.event_id });

/** Calls off an active engagement; spend cancels its PO and approvals withdraws the pending sign-off. */
export async function cancelEngagement(
  tx: Tx,
  publisher: Publisher,
  orgId: string,
  engagementId: string,
  reason: string | null,
): Promise<EngagementRow> {
  const row = await lockActive(tx, orgId, engagementId, cancel);
  const updated = await markCancelled(tx, row.engagement_id, reason);
  await publisher.publish({
    type: 'vendors.EngagementCancelled',
    key: row.vendor_id,
    scope: scopeOf(row),
    counts: { affected: 1 },
    payload: { engagementId: row.engagement_id, vendorId: row.vendor_id, eventId: row.event_id, reason },
  });
  return updated;
}

/** The vendor delivered: an active engagement becomes completed (and can be rated). */
export async function completeEngagement(
  tx: Tx,
  publisher: Publisher,
  by: { id: string; orgId: string },
  engagementId: string,
  input: { completedOn: string; notes: string | null },
): Promise<EngagementRow> {
  const row = await lockActive(tx, by.orgId, engagementId, complete);
  const updated = await markCompleted(tx, row.engagement_id, input.completedOn, by.id);
  await publisher.publish({
    type: 'vendors.EngagementCompleted',
    key: row.vendor_id,
    scope: scopeOf(row),
    counts: { affected: 1 },
    payload: {
      engagementId: row.engagement_id,
      vendorId: row.vendor_id,
      eventId: row.event_id,
      clientId: row.client_id,
      amountMinor: Number(row.amount_minor),
      currency: row.currency,
      completedOn: input.completedOn,
      completedBy: by.id,
      notes: input.notes,
    },
  });
  return updated;
}

/** A rating of a completed engagement, once per engagement and rater (409 the second time). */
export async function rateEngagement(
  tx: Tx,
  publisher: Publisher,
  by: { id: string; orgId: string },
  engagementId: string,
  input: { score: number; comment: string | null },
): Promise<{ rating: RatingRow; engagement: EngagementRow }> {
  const row = await findEngagement(tx, by.orgId, engagementId, true);
  if (!row) throw notFound('The engagement', ENGAGEMENT_NOT_FOUND);
  if (!ratable(row.status))
    throw conflict('Only a completed engagement can be rated.', 'VENDORS.ENGAGEMENT_NOT_COMPLETED');
  const rating = await insertRating(tx, row.engagement_id, by.id, input.score, input.comment);
  if (!rating) throw conflict('You rated this engagement already.', 'VENDORS.ALREADY_RATED');
  await publisher.publish({
    type: 'vendors.VendorRated',
    key: row.vendor_id,
    scope: scopeOf(row),
    counts: { affected: 1 },
    rules: [{ name: 'one-rating-per-rater', parameters: { engagementId: row.engagement_id } }],
    payload: {
      engagementId: row.engagement_id,
      vendorId: row.vendor_id,
      eventId: row.event_id,
      clientId: row.client_id,
      score: input.score,
      ratedBy: by.id,
      comment: input.comment,
    },
  });
  return { rating, engagement: row };
}
