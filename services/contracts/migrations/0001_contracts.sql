-- Contracts: MSAs at client scope (no event), SOWs at event scope. Dates are ISO strings (YYYY-MM-DD).
-- A SOW drafted from an engagement has an id derived from the engagement and a unique engagement_id,
-- so a replayed VendorEngaged can never draft a second one.
create table contracts (
  contract_id         uuid primary key,
  seq                 bigserial not null unique,
  org_id              text not null,
  client_id           text not null,
  event_id            text,
  kind                text not null check (kind in ('MSA', 'SOW')),
  vendor_id           text not null,
  vendor_name         text not null,
  title               text not null,
  value_minor         bigint check (value_minor >= 0),
  currency            text,
  starts_on           text not null,
  ends_on             text,
  parent_contract_id  uuid references contracts,
  engagement_id       text unique,
  signatories         jsonb not null default '[]',
  status              text not null check (status in ('drafted', 'sent_for_signature', 'signed', 'amended', 'expiring', 'terminated')),
  sign_off            text not null default 'not_requested' check (sign_off in ('not_requested', 'pending', 'granted', 'rejected')),
  approval_request_id text,
  sign_off_by         text,
  sign_off_at         timestamptz,
  sign_off_comment    text,
  signed_on           text,
  amendments          int not null default 0,
  expiry_noticed_for  text,
  termination_reason  text,
  drafted_by          text not null,
  correlation_id      text not null,
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now(),
  check ((kind = 'MSA' and event_id is null) or (kind = 'SOW' and event_id is not null)),
  check ((value_minor is null) = (currency is null)),
  check (ends_on is null or ends_on >= starts_on)
);
create index contracts_event on contracts (event_id, seq);
create index contracts_msa_lookup on contracts (org_id, client_id, vendor_id) where kind = 'MSA';
create index contracts_expiry on contracts (ends_on) where status in ('signed', 'amended');

-- Versions of a contract's document: metadata and content hash (the bytes go to Box).
create table contract_documents (
  document_id uuid primary key,
  seq         bigserial not null unique,
  contract_id uuid not null references contracts,
  version     int not null check (version >= 1),
  name        text not null,
  media_type  text not null,
  size_bytes  bigint not null check (size_bytes >= 0),
  sha256      text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  stored_by   text not null,
  stored_at   timestamptz not null default now(),
  unique (contract_id, version)
);

-- What contracts knows about vendors (vendors topic) and events (events topic): names and dates.
create table known_vendors (
  vendor_id text primary key,
  org_id    text not null,
  name      text not null
);
create table known_events (
  event_id  text primary key,
  org_id    text not null,
  client_id text not null,
  name      text not null,
  starts_on text not null,
  ends_on   text not null
);
