-- Runs (every input, tool call and output), heads-ups and insights: what the AI module itself decides.
create table runs (
  run_id          uuid primary key,
  seq             bigserial not null unique,
  org_id          text not null,
  client_id       text,
  event_id        text,
  trigger_kind    text not null check (trigger_kind in ('event', 'request')),
  trigger_ref     text not null,
  task            text not null,
  subject_type    text not null,
  subject_id      text not null,
  provider        text not null,
  model           text,
  status          text not null check (status in ('completed', 'refused')),
  refusal_reason  text,
  inputs          jsonb not null,
  tool_calls      jsonb not null,
  output          jsonb,
  correlation_id  text not null,
  created_at      timestamptz not null default now()
);
create index runs_subject on runs (subject_type, subject_id, seq);

create table heads_ups (
  heads_up_id    uuid primary key,
  seq            bigserial not null unique,
  org_id         text not null,
  client_id      text,
  event_id       text,
  rule           text not null,
  subject_type   text not null,
  subject_id     text not null,
  window_key     text not null,
  severity       text not null,
  title          text not null,
  citations      jsonb not null,
  commentary     jsonb not null,
  run_id         uuid not null,
  status         text not null check (status in ('raised', 'accepted', 'pushed_back', 'escalated')),
  raised_at      timestamptz not null default now(),
  responded_by   text,
  responded_at   timestamptz,
  response_note  text,
  correlation_id text not null
);
create index heads_ups_event on heads_ups (event_id, seq);

create table insights (
  insight_id   uuid primary key,
  seq          bigserial not null unique,
  org_id       text not null,
  client_id    text,
  event_id     text,
  subject_type text not null check (subject_type in ('vendor', 'client')),
  subject_id   text not null,
  run_id       uuid not null,
  title        text not null,
  figures      jsonb not null,
  commentary   jsonb not null,
  published_at timestamptz not null default now()
);
create index insights_subject on insights (subject_type, subject_id, seq);
