-- An approved PO once the ERP has it (the NetSuite connector's NetSuitePurchaseOrderExported).
alter table purchase_orders
  add column erp_system          text,
  add column erp_document_id     text,
  add column erp_document_number text,
  add column exported_at         timestamptz;
