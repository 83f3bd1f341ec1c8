-- An event's ids in other systems (e.g. its Bizzabo event), set with PATCH /events/{eventId}: one id
-- per system per event, and one event per id in an organization, so a connector's figures for that
-- id land on exactly one event.
create table event_external_ids (
  event_id    text not null references events (event_id),
  org_id      text not null,
  system      text not null,
  external_id text not null,
  set_at      timestamptz not null default now(),
  primary key (event_id, system),
  unique (org_id, system, external_id)
);
