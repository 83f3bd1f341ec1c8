import type { Queryable } from '@playbook/db/client';

export async function recordDelivery(db: Queryable, d: { deliveryId: string; channel: string; ts: string }) {
  await db`insert into slack_deliveries (delivery_id, channel, ts) values (${d.deliveryId}, ${d.channel}, ${d.ts})
           on conflict do nothing`;
}

export async function isDelivered(db: Queryable, deliveryId: string): Promise<boolean> {
  const rows = await db`select 1 from slack_deliveries where delivery_id = ${deliveryId}`;
  return rows.length > 0;
}
