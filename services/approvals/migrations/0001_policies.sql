-- Approval policies. org_id '*' holds the defaults every organization uses until an admin replaces
-- its own policy with PUT /policies (org-agnostic defaults: nothing to seed when an org appears).
create table policies (
  org_id           text primary key,
  version          int not null,
  currency         text not null,
  escalation_chain jsonb not null,
  updated_by       text,
  updated_at       timestamptz not null default now()
);

create table policy_tiers (
  org_id            text not null references policies (org_id) on delete cascade,
  position          int not null check (position >= 1),
  below_minor       bigint check (below_minor > 0),
  approver_role     text not null check (approver_role in ('admin', 'finance', 'producer')),
  approver_scope    text not null check (approver_scope in ('event', 'client', 'org')),
  escalate_after_ms bigint not null check (escalate_after_ms >= 0),
  primary key (org_id, position)
);

insert into policies (org_id, version, currency, escalation_chain, updated_by) values
  ('*', 1, 'USD', '[{"role":"producer","scope":"event"},{"role":"finance","scope":"client"},{"role":"admin","scope":"org"}]', 'migration');
insert into policy_tiers (org_id, position, below_minor, approver_role, approver_scope, escalate_after_ms) values
  ('*', 1, 500000, 'producer', 'event', 172800000),
  ('*', 2, 5000000, 'finance', 'client', 172800000),
  ('*', 3, null, 'admin', 'org', 172800000);
