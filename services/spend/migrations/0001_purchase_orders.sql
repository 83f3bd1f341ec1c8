-- Purchase orders. One per engagement: engagement_id is unique and the PO id is derived from it,
-- so a replayed VendorEngaged can never raise a second PO.
create table purchase_orders (
  purchase_order_id   uuid primary key,
  seq                 bigserial not null unique,
  engagement_id       text unique,
  org_id              text not null,
  client_id           text not null,
  event_id            text not null,
  vendor_id           text not null,
  vendor_name         text not null,
  amount_minor        bigint not null,
  currency            text not null,
  description         text not null,
  status              text not null check (status in ('pending_approval', 'approved', 'rejected')),
  raised_by           text not null,
  raised_at           timestamptz not null,
  correlation_id      text not null,
  approval_request_id text,
  decided_by          text,
  decided_at          timestamptz,
  decision_comment    text
);
create index purchase_orders_event on purchase_orders (event_id, seq);
create index purchase_orders_vendor on purchase_orders (vendor_id, seq);
