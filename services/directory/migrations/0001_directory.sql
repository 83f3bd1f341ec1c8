-- Users of an organization and the roles granted to them at a scope (org, client or event).
create table users (
  seq                 bigint generated always as identity unique,
  user_id             text primary key,
  org_id              text not null,
  email               text not null,
  display_name        text not null,
  source              text not null,
  status              text not null default 'active' check (status in ('active', 'deactivated')),
  deactivated_at      timestamptz,
  deactivation_reason text,
  created_at          timestamptz not null default now(),
  unique (org_id, email)
);

create table grants (
  seq        bigint generated always as identity unique,
  grant_id   text primary key,
  org_id     text not null,
  user_id    text not null references users (user_id),
  role       text not null check (role in ('admin', 'finance', 'producer', 'contributor', 'viewer')),
  client_id  text,
  event_id   text,
  granted_at timestamptz not null default now(),
  check (event_id is null or client_id is not null)
);
create index grants_user on grants (user_id);
-- One live grant of a role per user and scope: granting it again is a conflict, not a second row.
create unique index grants_unique_scope on grants (user_id, role, coalesce(client_id, ''), coalesce(event_id, ''));
