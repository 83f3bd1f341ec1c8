import { call } from './client.ts';

/**
 * The vendors part of a producer's day (issue 7), seeded through the HTTP API with fixed
 * Idempotency-Keys: catering engaged against a BOM line and then amended (its pending PO follows the
 * new amount), and a lighting engagement delivered and rated.
 */
export interface VendorsDemoInput {
  vendorsUrl: string;
  eventId: string;
  vendors: { acmeAv: string; brightCatering: string };
  /** The budget's catering line, which the catering engagement is for. */
  cateringLineId: string;
  /** Pat, the event's producer, and Alex, the admin (who rates too, as a second producer would). */
  tokens: { pat: string; alex: string };
}

export interface VendorsDemo {
  cateringEngagementId: string;
  lightingEngagementId: string;
}

export async function seedVendors({
  vendorsUrl,
  eventId,
  vendors,
  cateringLineId,
  tokens,
}: VendorsDemoInput): Promise<VendorsDemo> {
  const as = (token: string, key: string) => ({ token, idempotencyKey: `demo-seed:vendors:${key}` });
  const catering = await call<{ engagementId: string }>(`${vendorsUrl}/engagements`, {
    ...as(tokens.pat, 'engage-catering'),
    body: {
      vendorId: vendors.brightCatering,
      eventId,
      serviceLine: 'lunch',
      unit: 'person',
      quantity: 250,
      startsOn: '2027-03-10',
      endsOn: '2027-03-12',
      bomLineId: cateringLineId,
      notes: 'Three lunches, vegetarian option',
    },
  });
  await call(`${vendorsUrl}/engagements/${catering.engagementId}`, {
    ...as(tokens.pat, 'amend-catering'),
    method: 'PATCH',
    body: { quantity: 300, reason: 'Registrations passed 280' },
  });
  const lighting = await call<{ engagementId: string }>(`${vendorsUrl}/engagements`, {
    ...as(tokens.pat, 'engage-lighting'),
    body: {
      vendorId: vendors.acmeAv,
      eventId,
      serviceLine: 'lighting-technician',
      unit: 'day',
      quantity: 2,
      startsOn: '2027-03-09',
      endsOn: '2027-03-10',
      notes: 'Site visit and rehearsal',
    },
  });
  await call(`${vendorsUrl}/engagements/${lighting.engagementId}/complete`, {
    ...as(tokens.pat, 'complete-lighting'),
    body: { completedOn: '2027-03-10', notes: 'Rehearsal lit on time' },
  });
  await call(`${vendorsUrl}/engagements/${lighting.engagementId}/rating`, {
    ...as(tokens.pat, 'rate-lighting'),
    body: { score: 5, comment: 'Quick, careful crew' },
  });
  return { cateringEngagementId: catering.engagementId, lightingEngagementId: lighting.engagementId };
}

/** Lines for the welcome text: what a producer can try next with vendors. */
export const vendorsWelcome = (vendorsUrl: string, demo: VendorsDemo) => [
  `  curl -s -X PATCH ${vendorsUrl}/engagements/${demo.cateringEngagementId} -H "authorization: Bearer $PAT" -H 'content-type: application/json' -d '{"quantity":320}'`,
  `  curl -s -X POST ${vendorsUrl}/engagements/${demo.cateringEngagementId}/cancel -H "authorization: Bearer $PAT"   # cancels its PO, withdraws its approval`,
];
