-- Other sub-goals the roadmap places a delivery under besides its own (også under delmål), by id.
alter table delivery add column also_under_sub_goals jsonb not null default '[]';
