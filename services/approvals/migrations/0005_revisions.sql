-- A subject can be asked again when its terms change (an amended PO: spend.PurchaseOrderAmended): one request per
-- subject and revision; the request for the old terms is withdrawn. Revision 0 keeps its old id.
alter table approval_requests add column revision int not null default 0;
alter table approval_requests drop constraint approval_requests_subject_type_subject_id_key;
alter table approval_requests add constraint approval_requests_subject_revision_key unique (subject_type, subject_id, revision);
