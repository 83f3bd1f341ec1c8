-- Assets at event scope, each with numbered versions (metadata and content hash; the bytes go to Box).
create table assets (
  asset_id         uuid primary key,
  seq              bigserial not null unique,
  org_id           text not null,
  client_id        text not null,
  event_id         text not null,
  name             text not null,
  latest_version   int not null,
  approved_version int,
  approved_by      text,
  approved_at      timestamptz,
  created_by       text not null,
  created_at       timestamptz not null default now()
);
create index assets_event on assets (event_id, seq);

create table asset_versions (
  asset_id    uuid not null references assets (asset_id),
  version     int not null,
  file_name   text not null,
  media_type  text not null,
  size_bytes  bigint not null,
  sha256      text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  added_by    text not null,
  added_at    timestamptz not null default now(),
  primary key (asset_id, version)
);

-- Brand kits at client scope; each publication is a new version, kept.
create table brand_kits (
  brand_kit_id uuid primary key,
  seq          bigserial not null unique,
  org_id       text not null,
  client_id    text not null,
  name         text not null,
  version      int not null,
  colours      jsonb not null,
  fonts        jsonb not null,
  logo_asset_ids jsonb not null,
  published_by text not null,
  published_at timestamptz not null default now()
);
create index brand_kits_client on brand_kits (client_id, seq);

create table brand_kit_versions (
  brand_kit_id uuid not null references brand_kits (brand_kit_id),
  version      int not null,
  content      jsonb not null,
  published_by text not null,
  published_at timestamptz not null default now(),
  primary key (brand_kit_id, version)
);
