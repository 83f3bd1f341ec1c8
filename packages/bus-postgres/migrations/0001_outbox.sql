-- Transactional outbox: written in the same transaction as the state change, sent by the relay.
create table outbox (
  seq          bigserial primary key,
  id           uuid not null unique,
  occurred_at  timestamptz not null,
  topic        text not null,
  key          text not null,
  type         text not null,
  payload      jsonb not null,
  headers      jsonb not null default '{}'::jsonb,
  created_at   timestamptz not null default now(),
  published_at timestamptz
);
create index outbox_unpublished on outbox (seq) where published_at is null;

-- Wakes the relay at once; it still polls in case a notification is missed.
create function outbox_notify() returns trigger language plpgsql as $$
begin
  perform pg_notify(tg_table_schema || '_outbox', '');
  return null;
end $$;
create trigger outbox_inserted after insert on outbox for each statement execute function outbox_notify();
