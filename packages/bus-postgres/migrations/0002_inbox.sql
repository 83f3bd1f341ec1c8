-- Idempotent consumers: a row per (consumer, message) handled, inserted in the handler's transaction.
create table inbox (
  consumer     text not null,
  message_id   text not null,
  processed_at timestamptz not null default now(),
  primary key (consumer, message_id)
);
