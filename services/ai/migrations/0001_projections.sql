-- The AI module's own projections, built from events only (it never reads another module's schema).
create table events (
  event_id  text primary key,
  org_id    text not null,
  client_id text not null,
  name      text not null,
  starts_on text not null,
  ends_on   text not null,
  status    text not null
);

create table vendors (
  vendor_id text primary key,
  org_id    text not null,
  name      text not null,
  category  text not null
);

-- One row per rate-card line; the card's validity is repeated on each line.
create table rate_card_lines (
  rate_card_id    text not null,
  org_id          text not null,
  vendor_id       text not null,
  currency        text not null,
  valid_from      text not null,
  valid_to        text,
  service_line    text not null,
  unit            text not null,
  unit_rate_minor bigint not null,
  primary key (rate_card_id, service_line, unit)
);
create index rate_card_lines_vendor on rate_card_lines (vendor_id, service_line, unit);

create table engagements (
  engagement_id             text primary key,
  seq                       bigserial not null unique,
  org_id                    text not null,
  client_id                 text not null,
  event_id                  text not null,
  vendor_id                 text not null,
  vendor_name               text not null,
  service_line              text not null,
  unit                      text not null,
  quantity                  double precision not null,
  unit_rate_minor           bigint not null,
  amount_minor              bigint not null,
  currency                  text not null,
  starts_on                 text not null,
  ends_on                   text not null,
  rate_card_id              text,
  rate_card_unit_rate_minor bigint,
  status                    text not null check (status in ('active', 'cancelled', 'completed')),
  engaged_at                timestamptz not null
);
create index engagements_vendor on engagements (vendor_id, seq);
create index engagements_event on engagements (event_id, seq);

create table purchase_orders (
  purchase_order_id text primary key,
  org_id            text not null,
  client_id         text not null,
  event_id          text not null,
  vendor_id         text not null,
  engagement_id     text,
  amount_minor      bigint not null,
  currency          text not null,
  status            text not null check (status in ('raised', 'approved', 'rejected')),
  raised_at         timestamptz not null
);
create index purchase_orders_engagement on purchase_orders (engagement_id);
create index purchase_orders_vendor on purchase_orders (vendor_id);

create table card_transactions (
  card_transaction_id   text primary key,
  org_id                text not null,
  client_id             text,
  event_id              text,
  source                text not null,
  source_transaction_id text not null,
  card_holder_name      text not null,
  card_holder_id        text,
  merchant_name         text not null,
  amount_minor          bigint not null,
  currency              text not null,
  transacted_at         timestamptz not null
);
create index card_transactions_match on card_transactions (org_id, merchant_name, amount_minor, transacted_at);

create table ratings (
  engagement_id text not null,
  rated_by      text not null,
  org_id        text not null,
  vendor_id     text not null,
  client_id     text not null,
  event_id      text not null,
  score         int not null,
  primary key (engagement_id, rated_by)
);
create index ratings_vendor on ratings (vendor_id);
