-- Whether an indicator's id is derived (a child the plan lists without a number) rather than the plan's own.
alter table indicator add column derived_id boolean not null default false;
