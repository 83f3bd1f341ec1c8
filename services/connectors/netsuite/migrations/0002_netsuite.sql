-- What the connector needs to export an approved PO: the vendor's NetSuite record (from
-- vendors.VendorLinkedToErp), the PO's description and vendor name (from spend.PurchaseOrderRaised),
-- and what was exported (one row per Playbook PO: its NetSuite internal id and document number).
create table vendor_links (
  vendor_id   text primary key,
  org_id      text not null,
  internal_id text not null,
  linked_at   timestamptz not null default now()
);
create table raised_purchase_orders (
  purchase_order_id text primary key,
  org_id            text not null,
  vendor_id         text not null,
  vendor_name       text not null,
  description       text not null
);
create table exports (
  purchase_order_id  text primary key,
  internal_id        text not null,
  tran_id            text not null,
  vendor_internal_id text not null,
  reused             boolean not null,
  exported_at        timestamptz not null default now()
);
