-- The outbox stores each envelope as the text the publisher wrote (json), not as jsonb: the relay
-- only ever reads whole envelopes back, and parsing into jsonb on insert and printing it again on
-- every read was a large share of the database's work per event. json still checks the text and
-- keeps the -> and ->> operators.
alter table outbox alter column headers drop default;
alter table outbox alter column payload type json using payload::json,
                   alter column headers type json using headers::json;
alter table outbox alter column headers set default '{}'::json;
