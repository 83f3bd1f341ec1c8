import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { decideLink } from '../domain/deal-link.ts';
import { eventOrNotFound, scopeOf } from '../events/events.commands.ts';
import { type DealLinkView, findDealLink, findEventOfDeal, insertDealLink } from './deal-links.store.ts';

/**
 * Links the CRM deal an event came from and publishes DealLinkedToEvent. Called by the HTTP route
 * (a producer linking by hand) and by `consumers/create-event-when-hubspot-deal-won.consumer.ts`
 * (deals-from-crm.commands.ts), which makes the event of a won deal and links it with `linkedBy`
 * set to the connector's actor.
 * The same deal again changes nothing and publishes nothing (`linked: false`).
 */
export interface DealLinkInput {
  orgId: string;
  eventId: string;
  source: string;
  dealId: string;
  dealName: string;
  stage: string;
  pipeline?: string | null | undefined;
  amountMinor?: number | null | undefined;
  currency?: string | null | undefined;
  linkedBy: string;
}

export async function linkDeal(
  tx: Tx,
  publisher: Publisher,
  d: DealLinkInput,
): Promise<{ link: DealLinkView; linked: boolean }> {
  // Locking the event serializes links to it; the unique (org, source, deal) settles races on a deal.
  const event = await eventOrNotFound(tx, d.orgId, d.eventId);
  const current = await findDealLink(tx, d.eventId);
  const decision = decideLink(d.eventId, d, current, await findEventOfDeal(tx, d.orgId, d.source, d.dealId));
  if (decision.kind === 'unchanged') return { link: current!, linked: false };
  if (decision.kind === 'refused') throw new CodedError(decision.code, decision.detail, 409);
  const link = {
    ...d,
    pipeline: d.pipeline ?? null,
    amountMinor: d.amountMinor ?? null,
    currency: d.currency ?? null,
  };
  if (!(await insertDealLink(tx, link)))
    throw new CodedError('EVENTS.DEAL_LINKED_ELSEWHERE', `${d.source} deal ${d.dealId} was linked meanwhile.`, 409);
  await publisher.publish({
    type: 'events.DealLinkedToEvent',
    key: d.eventId,
    scope: scopeOf(event),
    payload: {
      eventId: d.eventId,
      clientId: event.client_id,
      dealId: d.dealId,
      dealName: d.dealName,
      stage: d.stage,
      source: d.source,
      amountMinor: link.amountMinor,
      currency: link.currency,
      pipeline: link.pipeline,
    },
    counts: { affected: 1 },
    rules: [{ name: 'one-deal-per-event-and-event-per-deal', parameters: { source: d.source } }],
  });
  return { link: (await findDealLink(tx, d.eventId))!, linked: true };
}
