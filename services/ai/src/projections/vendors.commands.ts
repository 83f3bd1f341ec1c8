import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { reviewAfter } from './review.ts';
import * as store from './vendors.store.ts';

export const REVIEW_ENGAGEMENT = 'review-engagement-when-vendor-engaged';
export const REVIEW_AMENDMENT = 'review-engagement-when-engagement-amended';

export async function engaged(tx: Tx, publisher: Publisher, e: EnvelopeOf<'vendors.VendorEngaged'>) {
  const p = e.payload;
  await store.recordEngagement(tx, e.scope.orgId, p, new Date(e.occurredAt));
  await reviewAfter(
    tx,
    publisher,
    REVIEW_ENGAGEMENT,
    e,
    { task: 'review-engagement', engagementId: p.engagementId },
    p,
  );
}

export async function amended(tx: Tx, publisher: Publisher, e: EnvelopeOf<'vendors.EngagementAmended'>) {
  const p = e.payload;
  await store.amendEngagement(tx, p);
  await reviewAfter(tx, publisher, REVIEW_AMENDMENT, e, { task: 'review-engagement', engagementId: p.engagementId }, p);
}

/**
 * A cancelled engagement: recorded only. Spend cancels its PO in the same cascade; a PO approved
 * regardless is judged when its approval arrives (review-po-when-po-approved).
 */
export const cancelled = (tx: Tx, e: EnvelopeOf<'vendors.EngagementCancelled'>) =>
  store.setEngagementStatus(tx, e.payload.engagementId, 'cancelled');

export const completed = (tx: Tx, e: EnvelopeOf<'vendors.EngagementCompleted'>) =>
  store.setEngagementStatus(tx, e.payload.engagementId, 'completed');
export const rated = (tx: Tx, e: EnvelopeOf<'vendors.VendorRated'>) => store.recordRating(tx, e.scope.orgId, e.payload);
export const rateCard = (tx: Tx, e: EnvelopeOf<'vendors.RateCardPublished'>) =>
  store.recordRateCard(tx, e.scope.orgId, e.payload);
export const vendor = (tx: Tx, e: EnvelopeOf<'vendors.VendorRegistered' | 'vendors.VendorUpdated'>) =>
  store.upsertVendor(tx, e.scope.orgId, e.payload);
