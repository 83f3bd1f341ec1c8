-- The connector's own projection of budget vs actual, from budget's events: one row per budget (an
-- event's) with a version bumped by every change, and its BOM lines with absolute totals (so a
-- replayed event sets the same values). A budget whose version is past pushed_version is due a push.
create table domo_budgets (
  budget_id          text primary key,
  org_id             text not null,
  event_id           text not null,
  client_id          text not null,
  currency           text not null,
  unassigned_line_id text,
  threshold_percent  int,
  version            bigint not null default 1,
  pushed_version     bigint not null default 0,
  changed_at         timestamptz not null default now()
);
create index domo_budgets_due on domo_budgets (org_id) where version > pushed_version;

create table domo_budget_lines (
  line_id         text primary key,
  budget_id       text not null references domo_budgets,
  category        text not null,
  description     text not null,
  status          text,
  planned_minor   bigint not null default 0,
  committed_minor bigint not null default 0,
  actual_minor    bigint not null default 0,
  removed         boolean not null default false
);
create index domo_budget_lines_budget on domo_budget_lines (budget_id);

-- The organization's DataSet in Domo, and how its pushes go (backoff after a failed one).
create table domo_datasets (
  org_id          text primary key,
  dataset_id      text,
  name            text not null,
  failures        int not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error      text,
  last_pushed_at  timestamptz
);

create table domo_pushes (
  push_id    uuid primary key,
  org_id     text not null,
  dataset_id text not null,
  rows       int not null,
  events     int not null,
  pushed_at  timestamptz not null default now()
);
