-- Work items at event scope. Template and approval items have ids derived from what made them, so a
-- replayed EventCreated or ApprovalRequested inserts nothing new.
create table work_items (
  work_item_id     uuid primary key,
  seq              bigserial not null unique,
  org_id           text not null,
  client_id        text not null,
  event_id         text not null,
  title            text not null,
  status           text not null check (status in ('todo', 'doing', 'done', 'blocked')),
  assignee_id      text,
  assignee_role    text,
  due_on           date,
  timezone         text not null default 'UTC',
  subject_type     text,
  subject_id       text,
  source           text not null check (source in ('manual', 'template', 'approval')),
  template_id      uuid,
  template_version int,
  created_by       text not null,
  -- The flow that made it: the overdue flag continues it.
  correlation_id   text not null,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  -- The due date a WorkItemOverdue was published for: once per item and due date.
  overdue_for      date
);
create index work_items_event on work_items (event_id, seq);
create index work_items_assignee on work_items (assignee_id, seq);
create index work_items_subject on work_items (subject_type, subject_id);
create index work_items_open_due on work_items (due_on) where status <> 'done';

-- Organization templates: lines due relative to an event's first or last day. Editing bumps the version.
create table work_templates (
  template_id uuid primary key,
  seq         bigserial not null unique,
  org_id      text not null,
  name        text not null,
  version     int not null default 1,
  lines       jsonb not null,
  active      boolean not null default true,
  created_by  text not null,
  updated_by  text not null,
  updated_at  timestamptz not null default now()
);
create index work_templates_org on work_templates (org_id, seq) where active;

-- A template is applied to an event once, whatever the replays and later edits of the template.
create table template_applications (
  event_id    text not null,
  template_id uuid not null,
  version     int not null,
  applied_at  timestamptz not null default now(),
  primary key (event_id, template_id)
);

-- The events work has heard of (EventCreated): the timezone a manual item's due date is read in.
create table event_calendars (
  event_id  text primary key,
  org_id    text not null,
  timezone  text not null,
  starts_on date not null,
  ends_on   date not null
);
