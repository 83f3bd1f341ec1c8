-- Card transactions imported from connector batches (Ramp). One row per (source, source id): a
-- duplicate in a batch, a re-fetched window or an overlapping one inserts nothing and publishes nothing.
create table card_transactions (
  card_transaction_id   uuid primary key,
  source                text not null,
  source_transaction_id text not null,
  org_id                text not null,
  amount_minor          bigint not null,
  currency              text not null,
  merchant_name         text not null,
  transacted_at         timestamptz not null,
  event_id              text,
  client_id             text,
  bom_line_id           text,
  allocation_rule       text not null,
  imported_at           timestamptz not null default now(),
  unique (source, source_transaction_id)
);
create index card_transactions_event on card_transactions (event_id);
