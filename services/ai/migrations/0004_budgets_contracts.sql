-- Budgets and BOM lines (from budget.*), contracts (from contracts.*): the inputs of the budget and contract rules.
create table budgets (
  budget_id          text primary key,
  org_id             text not null,
  client_id          text not null,
  event_id           text not null,
  currency           text not null,
  unassigned_line_id text,
  planned_minor      bigint not null default 0,
  committed_minor    bigint not null default 0,
  actual_minor       bigint not null default 0
);

create table bom_lines (
  line_id         text primary key,
  budget_id       text not null,
  org_id          text not null,
  client_id       text not null,
  event_id        text not null,
  category        text not null,
  description     text not null,
  currency        text not null,
  planned_minor   bigint not null,
  committed_minor bigint not null default 0,
  actual_minor    bigint not null default 0,
  removed         boolean not null default false
);
create index bom_lines_budget on bom_lines (budget_id);

create table contracts (
  contract_id   text primary key,
  org_id        text not null,
  kind          text not null,
  client_id     text not null,
  event_id      text,
  vendor_id     text not null,
  vendor_name   text not null,
  title         text not null,
  value_minor   bigint,
  starts_on     text not null,
  ends_on       text,
  engagement_id text,
  status        text not null check (status in ('drafted', 'sent', 'signed', 'terminated')),
  signed_on     text
);
create index contracts_event on contracts (event_id);
create index contracts_vendor on contracts (vendor_id, client_id);
