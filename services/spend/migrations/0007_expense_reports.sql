-- Expense reports imported from connector batches (Nexonia), with their lines and where each line
-- was allocated. One report per (source, source id): a duplicate in a batch, a re-fetched window or
-- an overlapping one inserts nothing and publishes nothing.
create table expense_reports (
  expense_report_id uuid primary key,
  source            text not null,
  source_report_id  text not null,
  org_id            text not null,
  employee_name     text not null,
  status            text not null,
  currency          text not null,
  total_minor       bigint not null,
  submitted_at      timestamptz not null,
  imported_at       timestamptz not null default now(),
  unique (source, source_report_id)
);

create table expense_lines (
  expense_report_id uuid not null references expense_reports (expense_report_id),
  line_id           text not null,
  kind              text not null check (kind in ('expense', 'per_diem', 'mileage')),
  amount_minor      bigint not null,
  incurred_on       text not null,
  event_id          text,
  client_id         text,
  bom_line_id       text,
  allocation_rule   text not null,
  primary key (expense_report_id, line_id)
);
create index expense_lines_event on expense_lines (event_id);
