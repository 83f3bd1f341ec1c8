import { call } from './client.ts';

interface BudgetSeed {
  url: string;
  eventId: string;
  /** The producer's token and a function giving the fixed Idempotency-Key of each call. */
  as: (key: string) => { token: string; idempotencyKey: string };
  vendors: { acmeAv: string; brightCatering: string };
}

/**
 * The demo event's budget: five BOM lines a producer would plan for a three-day summit. The LED wall
 * line is Acme AV's led-wall for 3 days, so the demo engagement (which names it) commits against it.
 */
export async function seedBudget({
  url,
  eventId,
  as,
  vendors,
}: BudgetSeed): Promise<{ ledWallLineId: string; cateringLineId: string }> {
  await call(`${url}/events/${eventId}/budget`, { ...as('budget'), body: { currency: 'USD' } });
  const line = (key: string, body: object) =>
    call<{ lineId: string }>(`${url}/events/${eventId}/budget/lines`, {
      ...as(`bom:${key}`),
      body: { currency: 'USD', ...body },
    });
  const ledWall = await line('led-wall', {
    category: 'av',
    description: 'LED wall 6 × 3 m, main stage, 3 show days',
    quantity: 3,
    unitCostMinor: 420_000,
    vendorId: vendors.acmeAv,
    status: 'quoted',
  });
  await line('lighting-technicians', {
    category: 'av',
    description: 'Lighting technicians, 2 people × 3 days',
    quantity: 6,
    unitCostMinor: 95_000,
    vendorId: vendors.acmeAv,
  });
  const catering = await line('catering-lunch', {
    category: 'catering',
    description: 'Lunch for 400 attendees × 3 days',
    quantity: 1_200,
    unitCostMinor: 4_500,
    vendorId: vendors.brightCatering,
    status: 'quoted',
  });
  await line('venue', {
    category: 'venue',
    description: 'McCormick Place hall rental, 3 days',
    quantity: 1,
    unitCostMinor: 3_500_000,
    status: 'confirmed',
  });
  await line('staging', {
    category: 'staging',
    description: 'Main stage build and strike',
    quantity: 1,
    unitCostMinor: 850_000,
  });
  return { ledWallLineId: ledWall.lineId, cateringLineId: catering.lineId };
}
