-- A pending PO that takes its engagement's amended terms becomes a new revision (spend.PurchaseOrderAmended),
-- which approvals routes again; the raised PO is revision 0.
alter table purchase_orders add column revision int not null default 0;
