-- Budget's own copy of what it needs about events (from events.EventCreated).
create table events (
  event_id   text primary key,
  org_id     text not null,
  client_id  text not null,
  name       text not null,
  starts_on  date not null,
  ends_on    date not null
);

-- One budget per event (the id is derived from the event id). threshold_level remembers the highest
-- share of planned (0, 80, 100) that committed + actual has reached, so each crossing is told once.
create table budgets (
  budget_id          uuid primary key,
  seq                bigserial not null unique,
  org_id             text not null,
  client_id          text not null,
  event_id           text not null unique,
  currency           text not null,
  status             text not null check (status in ('open', 'locked')),
  origin             text not null,
  threshold_level    integer not null default 0,
  created_by         text not null,
  created_at         timestamptz not null default now(),
  locked_by          text,
  locked_at          timestamptz
);

-- BOM lines. Each budget has exactly one 'unassigned' line (planned 0) that catches commitments and
-- actuals naming no line or a line the budget does not have. Removed lines stay (removed_at) for history.
create table bom_lines (
  line_id          uuid primary key,
  seq              bigserial not null unique,
  budget_id        uuid not null references budgets (budget_id),
  kind             text not null check (kind in ('planned', 'unassigned')),
  category         text not null,
  description      text not null,
  quantity         double precision not null,
  unit_cost_minor  bigint not null,
  currency         text not null,
  planned_minor    bigint not null,
  vendor_id        text,
  status           text not null check (status in ('estimate', 'quoted', 'confirmed', 'unassigned')),
  created_by       text not null,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  removed_at       timestamptz
);
create index bom_lines_budget on bom_lines (budget_id, seq);
create unique index bom_lines_one_unassigned on bom_lines (budget_id) where kind = 'unassigned';

-- One row per purchase order, keyed by its id: an approval commits once, a cancellation un-commits
-- (cancelled_at) once, and a replay finds the row and changes nothing.
create table commitments (
  purchase_order_id   text primary key,
  budget_id           uuid not null references budgets (budget_id),
  line_id             uuid not null references bom_lines (line_id),
  requested_line_id   text,
  vendor_id           text not null,
  amount_minor        bigint not null,
  currency            text not null,
  approval_request_id text not null,
  committed_at        timestamptz not null,
  cancelled_at        timestamptz
);
create index commitments_line on commitments (line_id);

-- Actual spend, one row per allocation id (card transaction, expense or invoice tagged to the event).
create table actuals (
  allocation_id     text primary key,
  budget_id         uuid not null references budgets (budget_id),
  line_id           uuid not null references bom_lines (line_id),
  requested_line_id text,
  source            text not null,
  source_id         text not null,
  amount_minor      bigint not null,
  currency          text not null,
  allocated_at      timestamptz not null,
  description       text not null
);
create index actuals_line on actuals (line_id);
