-- The audit trail: one row per envelope of every topic, append-only. `seq` is the order of
-- recording, the tie-break after occurred_at and the keyset cursor.
create table entries (
  message_id          text primary key,
  seq                 bigint generated always as identity unique,
  type                text not null,
  schema_version      int not null,
  occurred_at         timestamptz not null,
  recorded_at         timestamptz not null default now(),
  correlation_id      text not null,
  causation_id        text,
  actor_kind          text not null,
  actor_id            text not null,
  actor_display_name  text,
  producer_module     text not null,
  producer_connector  text,
  producer_version    text not null,
  org_id              text not null,
  client_id           text,
  event_id            text,
  counts              jsonb not null,
  rules               jsonb not null,
  diagnostics         jsonb not null,
  payload             jsonb not null
);
create index entries_org_time on entries (org_id, occurred_at, seq);
create index entries_correlation on entries (correlation_id, occurred_at, seq);
create index entries_actor on entries (actor_id, occurred_at, seq);
create index entries_type on entries (type, occurred_at, seq);
create index entries_event on entries (event_id, occurred_at, seq) where event_id is not null;
create index entries_client on entries (client_id, occurred_at, seq) where client_id is not null;

-- Append-only, guaranteed by the database: nothing updates, deletes or truncates an entry.
create function entries_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'activity entries are append-only: % refused', tg_op using errcode = 'P0001';
end $$;
create trigger entries_no_update_delete before update or delete on entries for each row execute function entries_append_only();
create trigger entries_no_truncate before truncate on entries for each statement execute function entries_append_only();
