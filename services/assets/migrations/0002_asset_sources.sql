-- Assets that came from a file in another system (Box): the file names the asset, its SHA-1 the
-- content last taken. The same SHA-1 again (a re-fetched window) adds nothing; a new one a version.
create table asset_sources (
  source         text not null,
  source_file_id text not null,
  asset_id       uuid not null references assets (asset_id),
  sha1           text not null,
  primary key (source, source_file_id)
);
