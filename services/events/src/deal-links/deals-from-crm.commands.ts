import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { createClient } from '../clients/clients.commands.ts';
import { findClientByName } from '../clients/clients.store.ts';
import { clientIdForCompany, type DealOutcome, eventFromDeal, eventIdForDeal } from '../domain/deal-to-event.ts';
import { createEvent } from '../events/events.commands.ts';
import { findClientOfCompany, linkCompany } from './crm-companies.store.ts';
import { linkDeal } from './deal-links.commands.ts';
import { findEventOfDeal } from './deal-links.store.ts';

const SOURCE = 'hubspot';
type Skipped = Extract<DealOutcome, { kind: 'skip' }>['reason'] | 'already-linked';

/**
 * The client a CRM company is: the one it was linked to before; else the organization's client of
 * the same name (a client made by hand before the CRM was connected), linked from now on; else a
 * new client named after the company (ClientCreated).
 */
async function clientForCompany(
  tx: Tx,
  publisher: Publisher,
  orgId: string,
  company: { id: string; name: string },
): Promise<string> {
  const linked = await findClientOfCompany(tx, orgId, SOURCE, company.id);
  if (linked) return linked;
  const named = await findClientByName(tx, orgId, company.name);
  const clientId =
    named?.client_id ??
    (
      await createClient(tx, publisher, {
        orgId,
        clientId: clientIdForCompany(orgId, SOURCE, company.id),
        name: company.name,
      })
    ).client_id;
  await linkCompany(tx, { orgId, source: SOURCE, companyId: company.id, clientId });
  return clientId;
}

/**
 * Flow 3's first step: each won HubSpot deal of a batch that says when its event is becomes an
 * event in draft under its company's client (EventCreated), linked to the deal (DealLinkedToEvent).
 * A deal already linked changes nothing — a re-fetched or overlapping window, or the same deal
 * modified later — so no event is ever made twice; the Playbook owns the event from then on.
 */
export async function createEventsFromHubSpotDeals(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'integrations.hubspot.HubSpotDealsFetched'>,
): Promise<{ created: string[]; skipped: Partial<Record<Skipped, number>> }> {
  const orgId = e.scope.orgId;
  const created: string[] = [];
  const skipped: Partial<Record<Skipped, number>> = {};
  const skip = (reason: Skipped) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  for (const deal of e.payload.deals) {
    const outcome = eventFromDeal(deal);
    if (outcome.kind === 'skip') {
      skip(outcome.reason);
      continue;
    }
    if (await findEventOfDeal(tx, orgId, SOURCE, deal.id)) {
      skip('already-linked');
      continue;
    }
    const clientId = await clientForCompany(tx, publisher, orgId, outcome.company);
    const eventId = eventIdForDeal(orgId, SOURCE, deal.id);
    await createEvent(tx, publisher, { orgId, clientId, eventId, ...outcome.details });
    await linkDeal(tx, publisher, {
      orgId,
      eventId,
      source: SOURCE,
      dealId: deal.id,
      dealName: deal.name,
      stage: deal.stage,
      pipeline: deal.pipeline ?? null,
      amountMinor: deal.currency ? (deal.amountMinor ?? null) : null,
      currency: deal.amountMinor === null || deal.amountMinor === undefined ? null : (deal.currency ?? null),
      linkedBy: e.actor.id,
    });
    created.push(eventId);
  }
  return { created, skipped };
}
