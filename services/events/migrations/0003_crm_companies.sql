-- Which client a CRM company is: a won deal's company finds its client here (HubSpot company id →
-- client), so the same company's next deal lands under the same client.
create table crm_company_links (
  org_id     text not null,
  source     text not null,
  company_id text not null,
  client_id  text not null references clients (client_id),
  linked_at  timestamptz not null default now(),
  primary key (org_id, source, company_id)
);
