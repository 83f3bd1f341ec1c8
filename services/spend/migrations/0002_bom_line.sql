-- The BOM line a purchase order is for, when the engagement named one (budget commits against it).
alter table purchase_orders add column bom_line_id text;
