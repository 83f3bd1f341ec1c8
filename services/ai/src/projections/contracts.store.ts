import type { EventPayloads } from '@playbook/contracts/types';
import type { Queryable } from '@playbook/db/client';

type P<T extends keyof EventPayloads> = EventPayloads[T];

export async function recordContract(db: Queryable, orgId: string, c: P<'contracts.ContractDrafted'>) {
  await db`insert into contracts (contract_id, org_id, kind, client_id, event_id, vendor_id, vendor_name, title, value_minor,
             starts_on, ends_on, engagement_id, status)
           values (${c.contractId}, ${orgId}, ${c.kind}, ${c.clientId}, ${c.eventId ?? null}, ${c.vendorId}, ${c.vendorName},
             ${c.title}, ${c.valueMinor ?? null}, ${c.startsOn}, ${c.endsOn ?? null}, ${c.engagementId ?? null}, 'drafted')
           on conflict (contract_id) do nothing`;
}

export async function setContractStatus(
  db: Queryable,
  contractId: string,
  status: 'sent' | 'signed' | 'terminated',
  signedOn: string | null = null,
) {
  await db`update contracts set status = ${status}, signed_on = coalesce(${signedOn}, signed_on)
           where contract_id = ${contractId} and status <> 'terminated'`;
}

export async function amendContract(db: Queryable, c: P<'contracts.ContractAmended'>) {
  await db`update contracts set title = ${c.title}, value_minor = ${c.valueMinor ?? null}, starts_on = ${c.startsOn},
             ends_on = ${c.endsOn ?? null} where contract_id = ${c.contractId}`;
}

export async function contractIdsOfEvent(db: Queryable, eventId: string): Promise<string[]> {
  const rows = await db<
    { contract_id: string }[]
  >`select contract_id from contracts where event_id = ${eventId} order by contract_id`;
  return rows.map((r) => r.contract_id);
}
