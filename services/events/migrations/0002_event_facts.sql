-- What the CRM and the registration system say about an event: the deal it came from (one deal per
-- event, one event per deal), and registration and NPS figures over time. A figure is identified by
-- its source and the instant the source counted it, so the same snapshot again changes nothing.
create table deal_links (
  event_id     text primary key references events (event_id),
  org_id       text not null,
  source       text not null,
  deal_id      text not null,
  deal_name    text not null,
  stage        text not null,
  pipeline     text,
  amount_minor bigint,
  currency     text,
  linked_by    text not null,
  linked_at    timestamptz not null default now(),
  unique (org_id, source, deal_id),
  check ((amount_minor is null) = (currency is null))
);

create table registration_snapshots (
  event_id          text not null references events (event_id),
  source            text not null,
  as_of             timestamptz not null,
  registered        int not null check (registered >= 0),
  checked_in        int not null check (checked_in >= 0),
  capacity          int check (capacity >= 0),
  external_event_id text,
  recorded_at       timestamptz not null default now(),
  primary key (event_id, source, as_of)
);
create index registration_snapshots_latest on registration_snapshots (event_id, as_of desc);

create table nps_readings (
  event_id    text not null references events (event_id),
  source      text not null,
  as_of       timestamptz not null,
  score       int not null check (score between -100 and 100),
  respondents int not null check (respondents > 0),
  promoters   int not null check (promoters >= 0),
  passives    int not null check (passives >= 0),
  detractors  int not null check (detractors >= 0),
  survey_id   text,
  recorded_at timestamptz not null default now(),
  primary key (event_id, source, as_of),
  check (respondents = promoters + passives + detractors)
);
create index nps_readings_latest on nps_readings (event_id, as_of desc);
