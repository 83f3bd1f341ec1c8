-- This service's own projection of the scope tree and of grants, built from directory and
-- events facts, so that it authorizes locally and never calls another service.
create table access_scope_nodes (
  id        text primary key,
  kind      text not null check (kind in ('client', 'event')),
  org_id    text not null,
  client_id text,
  check ((kind = 'client' and client_id is null) or (kind = 'event' and client_id is not null))
);

create table access_grants (
  grant_id     text primary key,
  principal_id text not null,
  role         text not null check (role in ('admin', 'finance', 'producer', 'contributor', 'viewer')),
  org_id       text not null,
  client_id    text,
  event_id     text,
  granted_at   timestamptz not null default now()
);
create index access_grants_principal on access_grants (principal_id, org_id);

create table access_principals (
  principal_id   text primary key,
  org_id         text not null,
  deactivated_at timestamptz
);
