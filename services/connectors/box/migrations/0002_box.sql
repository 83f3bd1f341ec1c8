-- SHA-256 of a file's content by (file, SHA-1): a re-fetched window downloads nothing it hashed before.
create table box_file_hashes (
  file_id   text not null,
  sha1      text not null,
  sha256    text not null,
  hashed_at timestamptz not null default now(),
  primary key (file_id, sha1)
);

-- Contract documents the Playbook uploaded to Box, one per ContractDocumentStored delivery. The
-- inbound sync skips these files, so what the Playbook wrote never comes back as a new document.
create table box_uploads (
  delivery_id text primary key,
  contract_id text not null,
  document_id text not null,
  file_id     text not null unique,
  folder_id   text not null,
  name        text not null,
  sha1        text not null,
  size_bytes  bigint not null,
  reused      boolean not null,
  uploaded_at timestamptz not null default now()
);
