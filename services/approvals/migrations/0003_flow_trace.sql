-- The trace context of the flow that asked for an approval, so the decision continues that trace.
alter table approval_requests add column trace_headers jsonb not null default '{}'::jsonb;
