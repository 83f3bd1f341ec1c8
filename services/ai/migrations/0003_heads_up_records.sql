-- The records a heads-up rests on (dates and statuses too, not only the numbers it cites).
alter table heads_ups add column records jsonb not null default '[]';
