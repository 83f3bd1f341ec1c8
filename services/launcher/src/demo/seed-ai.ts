import { call } from './client.ts';

interface AiSeed {
  vendorsUrl: string;
  eventId: string;
  vendorId: string;
  /** The producer's token and the fixed Idempotency-Key of each call. */
  as: (key: string) => { token: string; idempotencyKey: string };
}

/**
 * Something for the AI orchestrator to flag: Pat engages Bright Catering for a VIP lunch at 52.00 a
 * person where its rate card says 45.00. The ai module reviews the engagement from VendorEngaged and
 * raises a heads-up citing the engagement and the rate-card line (under correlation id demo-ai-heads-up).
 */
export async function seedAi({ vendorsUrl, eventId, vendorId, as }: AiSeed): Promise<{ engagementId: string }> {
  const engagement = await call<{ engagementId: string }>(`${vendorsUrl}/engagements`, {
    ...as('ai:lunch-above-card'),
    correlationId: 'demo-ai-heads-up',
    body: {
      vendorId,
      eventId,
      serviceLine: 'lunch',
      unit: 'person',
      quantity: 120,
      unitRateMinor: 5_200,
      startsOn: '2027-03-11',
      endsOn: '2027-03-11',
      notes: 'VIP lunch, premium menu quoted by phone',
    },
  });
  return { engagementId: engagement.engagementId };
}
