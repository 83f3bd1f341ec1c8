-- A purchase order cancelled with its engagement (spend.PurchaseOrderCancelled) is no longer in force.
alter table purchase_orders drop constraint purchase_orders_status_check;
alter table purchase_orders add constraint purchase_orders_status_check
  check (status in ('raised', 'approved', 'rejected', 'cancelled'));
