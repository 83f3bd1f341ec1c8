import type { Queryable } from '@playbook/db/client';

/** The client a CRM company was linked to in the organization, if any. */
export async function findClientOfCompany(db: Queryable, orgId: string, source: string, companyId: string) {
  const [row] = await db<{ client_id: string }[]>`
    select client_id from crm_company_links where org_id = ${orgId} and source = ${source} and company_id = ${companyId}`;
  return row?.client_id;
}

export async function linkCompany(
  db: Queryable,
  l: { orgId: string; source: string; companyId: string; clientId: string },
): Promise<void> {
  await db`insert into crm_company_links (org_id, source, company_id, client_id)
           values (${l.orgId}, ${l.source}, ${l.companyId}, ${l.clientId}) on conflict do nothing`;
}
