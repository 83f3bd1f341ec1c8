-- Clients (brands) and their live events: the scope tree of the whole product.
create table clients (
  seq        bigint generated always as identity unique,
  client_id  text primary key,
  org_id     text not null,
  name       text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index clients_name_per_org on clients (org_id, lower(name));

create table events (
  seq           bigint generated always as identity unique,
  event_id      text primary key,
  org_id        text not null,
  client_id     text not null references clients (client_id),
  name          text not null,
  starts_on     text not null check (starts_on ~ '^\d{4}-\d{2}-\d{2}$'),
  ends_on       text not null check (ends_on ~ '^\d{4}-\d{2}-\d{2}$' and ends_on >= starts_on),
  timezone      text not null,
  venue         text,
  status        text not null default 'draft'
                check (status in ('draft', 'planning', 'confirmed', 'live', 'wrapped', 'closed', 'cancelled')),
  cancel_reason text,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now()
);
create index events_by_client on events (org_id, client_id, seq);
