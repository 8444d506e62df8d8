-- The roles the roadmap states for some participants (LEAD, SOURCE, CONSUMER, APPROVER), by the actor's key
-- (organisation number, else name); participants without one are absent.
alter table delivery add column participant_roles jsonb not null default '{}';
