-- A PO is cancelled when its engagement is (issue 7); it then commits nothing and its approval is withdrawn.
alter table purchase_orders drop constraint purchase_orders_status_check;
alter table purchase_orders add constraint purchase_orders_status_check
  check (status in ('pending_approval', 'approved', 'rejected', 'cancelled'));
alter table purchase_orders add column cancelled_at timestamptz, add column cancel_reason text, add column amended_at timestamptz;
