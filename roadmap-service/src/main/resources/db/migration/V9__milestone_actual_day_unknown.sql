-- A milestone known to be reached, but not on which day: its actual date is the latest it can have been.
alter table milestone add column actual_day_unknown boolean not null default false;
