-- Retention deletes the oldest published outbox rows and inbox rows in bounded batches; these
-- indexes let it find them without scanning the tables.
create index outbox_published on outbox (published_at) where published_at is not null;
create index inbox_processed on inbox (processed_at);
