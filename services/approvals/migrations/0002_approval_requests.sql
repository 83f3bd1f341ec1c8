-- One request per subject (a PO): a replayed PurchaseOrderRaised never makes a second one.
create table approval_requests (
  approval_request_id text primary key,
  org_id              text not null,
  client_id           text not null,
  event_id            text not null,
  subject_type        text not null,
  subject_id          text not null,
  amount_minor        bigint not null,
  currency            text not null,
  policy_id           text not null,
  approver_role       text not null,
  approver_scope      text not null,
  requested_by        text not null,
  summary             text not null,
  escalate_after_ms   bigint not null,
  -- the chain of the policy that routed it, kept so later policy edits do not re-route it
  escalation_chain    jsonb not null,
  escalations         int not null default 0,
  -- null once nobody is left to escalate to
  due_at              timestamptz,
  status              text not null default 'pending' check (status in ('pending', 'granted', 'rejected')),
  decided_by          text,
  decided_at          timestamptz,
  comment             text,
  correlation_id      text not null,
  -- the message that last moved it (requested, then each escalation): the next one's causation
  last_message_id     text not null,
  requested_at        timestamptz not null,
  unique (subject_type, subject_id)
);
create index approval_requests_pending on approval_requests (org_id, requested_at, approval_request_id) where status = 'pending';
create index approval_requests_due on approval_requests (due_at) where status = 'pending' and due_at is not null;
