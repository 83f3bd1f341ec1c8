-- A document version fetched from another system (Box) names its file there and the file's SHA-1:
-- the same file content fetched again (a re-fetched window) is the same version, never a new one.
alter table contract_documents add column source text;
alter table contract_documents add column source_file_id text;
alter table contract_documents add column source_sha1 text;
create unique index contract_documents_source on contract_documents (source, source_file_id, source_sha1)
  where source is not null;
