-- One row per connector an organization has touched: enablement and configuration (never a secret),
-- and what its own messages last said (built from the connectors' batch envelopes).
create table connectors (
  org_id            text not null,
  system            text not null,
  seq               bigserial not null unique,
  enabled           boolean not null default false,
  configuration     jsonb not null default '{}',
  changed_by        text,
  changed_at        timestamptz,
  disabled_reason   text,
  last_sync_at      timestamptz,
  last_dataset      text,
  last_window_from  timestamptz,
  last_window_to    timestamptz,
  last_fetched      bigint,
  last_accepted     bigint,
  last_skipped      bigint,
  last_diagnostics  jsonb,
  windows_fetched   bigint not null default 0,
  deliveries        bigint not null default 0,
  last_error        text,
  last_error_at     timestamptz,
  primary key (org_id, system)
);

-- Every window asked of a connector (by a person, the schedule, or anyone publishing SyncWindowRequested)
-- and what became of it. One row per window; asking again for a failed window starts its next attempt.
create table sync_windows (
  org_id         text not null,
  system         text not null,
  dataset        text not null,
  window_from    timestamptz not null,
  window_to      timestamptz not null,
  seq            bigserial not null unique,
  request_id     text not null unique,
  attempt        int not null default 1,
  status         text not null default 'requested' check (status in ('requested', 'fetched', 'failed')),
  requested_by   text,
  requested_kind text,
  requested_at   timestamptz not null default now(),
  fetched        bigint,
  accepted       bigint,
  skipped        bigint,
  parts          int,
  parts_seen     int not null default 0,
  error          text,
  connector_attempts int,
  finished_at    timestamptz,
  primary key (org_id, system, dataset, window_from, window_to)
);
create index sync_windows_list on sync_windows (org_id, system, window_from);

-- Where the schedule left off, per connector dataset: its next window starts here.
create table schedule_marks (
  org_id       text not null,
  system       text not null,
  dataset      text not null,
  scheduled_to timestamptz not null,
  primary key (org_id, system, dataset)
);
