-- Owners beside the national owner (in collaboration with it), and national owners until a date.
alter table delivery add column co_owners jsonb not null default '[]';
alter table delivery add column former_owners jsonb not null default '[]';
