-- Issue 7: engagements are amended, completed and rated; a BOM line may be named; vendors link to the ERP.
alter table engagements drop constraint engagements_status_check;
alter table engagements add constraint engagements_status_check check (status in ('active', 'cancelled', 'completed'));
alter table engagements
  add column bom_line_id  text,
  add column amended_at   timestamptz,
  add column completed_on text,
  add column completed_by text,
  add column completed_at timestamptz;

-- One rating per engagement and rater.
create table engagement_ratings (
  engagement_id uuid not null references engagements,
  rated_by      text not null,
  score         int not null check (score between 1 and 5),
  comment       text,
  rated_at      timestamptz not null default now(),
  primary key (engagement_id, rated_by)
);

alter table vendors
  add column erp_system      text,
  add column erp_internal_id text,
  add column erp_entity_id   text,
  add column erp_name        text;
