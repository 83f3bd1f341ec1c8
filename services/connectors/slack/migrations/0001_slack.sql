-- The Playbook users Slack may DM (email from directory.UserProvisioned), and what was delivered.
create table slack_users (
  user_id text primary key,
  org_id  text not null,
  email   text not null
);
create table slack_deliveries (
  delivery_id  text primary key,
  channel      text not null,
  ts           text not null,
  delivered_at timestamptz not null default now()
);
