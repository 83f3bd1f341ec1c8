-- Commands with an Idempotency-Key: the first response is kept and replayed, never a second effect.
create table idempotency_keys (
  principal_id text not null,
  key          text not null,
  method       text not null,
  path         text not null,
  request_hash text not null,
  status       int not null,
  headers      jsonb not null,
  body         text not null,
  created_at   timestamptz not null default now(),
  primary key (principal_id, key)
);
