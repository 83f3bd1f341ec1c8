import type { AnyEnvelope, EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import * as store from './contracts.store.ts';
import { upsertEvent } from './events.store.ts';
import { reviewAfter } from './review.ts';

export const REVIEW_DRAFTED = 'review-contract-when-drafted';
export const REVIEW_AMENDED = 'review-contract-when-amended';
export const REVIEW_EXPIRING = 'review-contract-when-expiring';
export const REVIEW_EVENT_DATES = 'review-contracts-when-event-updated';

const review = (tx: Tx, publisher: Publisher, consumer: string, e: AnyEnvelope, contractId: string, index = 0) =>
  reviewAfter(
    tx,
    publisher,
    consumer,
    e,
    { task: 'review-contract', contractId },
    { clientId: e.scope.clientId ?? null, eventId: e.scope.eventId ?? null },
    index,
  );

export async function drafted(tx: Tx, publisher: Publisher, e: EnvelopeOf<'contracts.ContractDrafted'>) {
  await store.recordContract(tx, e.scope.orgId, e.payload);
  await review(tx, publisher, REVIEW_DRAFTED, e, e.payload.contractId);
}

export async function amended(tx: Tx, publisher: Publisher, e: EnvelopeOf<'contracts.ContractAmended'>) {
  await store.amendContract(tx, e.payload);
  await review(tx, publisher, REVIEW_AMENDED, e, e.payload.contractId);
}

export async function expiring(tx: Tx, publisher: Publisher, e: EnvelopeOf<'contracts.ContractExpiring'>) {
  await review(tx, publisher, REVIEW_EXPIRING, e, e.payload.contractId);
}

export const sent = (tx: Tx, e: EnvelopeOf<'contracts.ContractSentForSignature'>) =>
  store.setContractStatus(tx, e.payload.contractId, 'sent');
export const signed = (tx: Tx, e: EnvelopeOf<'contracts.ContractSigned'>) =>
  store.setContractStatus(tx, e.payload.contractId, 'signed', e.payload.signedOn);
export const terminated = (tx: Tx, e: EnvelopeOf<'contracts.ContractTerminated'>) =>
  store.setContractStatus(tx, e.payload.contractId, 'terminated');

/** New event dates: the event's statements of work are judged against them again. */
export async function eventUpdated(tx: Tx, publisher: Publisher, e: EnvelopeOf<'events.EventUpdated'>) {
  await upsertEvent(tx, { ...e.payload, orgId: e.scope.orgId });
  const ids = await store.contractIdsOfEvent(tx, e.payload.eventId);
  for (const [i, contractId] of ids.entries()) await review(tx, publisher, REVIEW_EVENT_DATES, e, contractId, i);
}
