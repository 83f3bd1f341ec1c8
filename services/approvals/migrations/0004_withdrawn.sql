-- A request is withdrawn when its subject goes away before a decision (a cancelled PO, issue 7).
alter table approval_requests drop constraint approval_requests_status_check;
alter table approval_requests add constraint approval_requests_status_check
  check (status in ('pending', 'granted', 'rejected', 'withdrawn'));
alter table approval_requests add column withdrawn_at timestamptz, add column withdraw_reason text;
