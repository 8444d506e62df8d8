-- A strategic goal's direct benefit or enabling role, and its «Frem mot 2030 skal vi oppnå» ambitions.
alter table goal_view add column benefit text;
alter table goal_view add column ambitions jsonb not null default '[]';
