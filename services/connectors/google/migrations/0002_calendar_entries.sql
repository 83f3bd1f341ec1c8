-- The Calendar entry each Playbook event has (its id is derived from the event id), as last written.
create table calendar_entries (
  event_id          text primary key,
  org_id            text not null,
  calendar_id       text not null,
  calendar_event_id text not null,
  summary           text not null,
  location          text,
  starts_on         text not null,
  ends_on           text not null,
  timezone          text not null,
  written_at        timestamptz not null default now()
);
