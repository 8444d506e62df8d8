-- A milestone marks a phase or a deliverable: the roadmap dates many deliverables without saying
-- which phase they close. A milestone without a phase counts in neither delay share (5.2, 5.3).
alter table milestone alter column phase drop not null;
alter table milestone add constraint milestone_marks_something check (phase is not null or deliverable is not null);

create or replace function milestone_plan_is_fixed() returns trigger language plpgsql as $$
begin
    if new.baseline_date <> old.baseline_date or new.phase is distinct from old.phase then
        raise exception 'milestone %: the baseline date and phase of the first approved plan are never overwritten', old.slug;
    end if;
    return new;
end
$$;
