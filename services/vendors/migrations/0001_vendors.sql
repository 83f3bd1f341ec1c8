-- Vendors, their rate cards, engagements, and a local projection of events (from the events topic).
-- Dates are ISO strings (YYYY-MM-DD): they sort as dates and cross the bus as strings.
create table vendors (
  vendor_id  uuid primary key,
  seq        bigserial not null unique,
  org_id     text not null,
  name       text not null,
  category   text not null,
  email      text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index vendors_org on vendors (org_id, seq);

create table rate_cards (
  rate_card_id uuid primary key,
  vendor_id    uuid not null references vendors,
  currency     text not null,
  valid_from   text not null,
  valid_to     text,
  published_at timestamptz not null default now(),
  check (valid_to is null or valid_to >= valid_from)
);
create index rate_cards_vendor on rate_cards (vendor_id, currency);

create table rate_card_lines (
  rate_card_id    uuid not null references rate_cards,
  service_line    text not null,
  unit            text not null,
  unit_rate_minor bigint not null check (unit_rate_minor >= 0),
  primary key (rate_card_id, service_line)
);

-- What vendors knows about events: enough to scope an engagement and refuse a cancelled/closed event.
create table events (
  event_id   text primary key,
  org_id     text not null,
  client_id  text not null,
  name       text not null,
  starts_on  text not null,
  ends_on    text not null,
  status     text not null,
  updated_at timestamptz not null default now()
);

create table engagements (
  engagement_id             uuid primary key,
  seq                       bigserial not null unique,
  org_id                    text not null,
  client_id                 text not null,
  event_id                  text not null,
  vendor_id                 uuid not null references vendors,
  vendor_name               text not null,
  service_line              text not null,
  unit                      text not null,
  quantity                  double precision not null check (quantity > 0),
  unit_rate_minor           bigint not null,
  amount_minor              bigint not null,
  currency                  text not null,
  starts_on                 text not null,
  ends_on                   text not null,
  notes                     text,
  rate_card_id              uuid,
  rate_card_unit_rate_minor bigint,
  status                    text not null check (status in ('active', 'cancelled')),
  cancel_reason             text,
  engaged_by                text not null,
  created_at                timestamptz not null default now(),
  cancelled_at              timestamptz
);
create index engagements_event on engagements (event_id, seq);
create index engagements_vendor on engagements (vendor_id, seq);
