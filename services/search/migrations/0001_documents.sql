-- The search read model: one row per searchable record of any module, rebuilt from the topics.
-- pg_trgm (for words) lives in `public`, created by the kit's provisioning as admin (definition.extensions):
-- even a trusted extension needs CREATE on the database, which the service role does not hold.
create table documents (
  doc_type     text not null,
  doc_id       text not null,
  org_id       text not null,
  client_id    text,
  event_id     text,
  -- vendors and rate cards: the org-wide catalog, readable through any grant in the org.
  catalog      boolean not null default false,
  -- clients and brand kits: readable through a grant on any of the client's events too.
  client_level boolean not null default false,
  title        text not null,
  body         text not null default '',
  status       text,
  on_date      date,
  vendor_id    text,
  vendor_name  text,
  event_name   text,
  client_name  text,
  updated_at   timestamptz not null,
  search       tsvector generated always as (
                 setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')
                 || setweight(to_tsvector('simple', coalesce(vendor_name, '') || ' ' || coalesce(event_name, '')
                    || ' ' || coalesce(client_name, '')), 'C')) stored,
  primary key (org_id, doc_type, doc_id)
);
create index documents_search on documents using gin (search);
create index documents_type on documents (doc_type);
create index documents_event on documents (event_id);
create index documents_client on documents (client_id);
create index documents_vendor on documents (org_id, vendor_id);

-- Every word the index holds (the lexemes of every record ever indexed), with trigrams: a typo in a
-- query is corrected to the words it resembles here, so the match itself stays one full-text
-- condition on documents_search. Never pruned: a stale word only expands a query to nothing.
create table words (
  word text primary key
);
create index words_trigram on words using gin (word public.gin_trgm_ops);

-- The names other records are found by (an engagement by its event's name and venue), kept current
-- when a client, event or vendor is renamed.
create table names (
  kind   text not null check (kind in ('client', 'event', 'vendor')),
  id     text not null,
  org_id text not null,
  name   text not null,
  primary key (org_id, kind, id)
);
