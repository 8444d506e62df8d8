-- Status precomputed when events are applied, so that reading it never reads whole series.

-- Per indicator the assessment's inputs drawn from its measurements (IndicatorSummary): latest value,
-- baseline, trend, the last points of its series and their number. Null until computed; the service
-- computes any missing one at start.
alter table indicator_view add column summary jsonb;

-- Per delivery its goal and what the goal's assessment counts, kept with its state.
alter table delivery_view add column goal_id text;
alter table delivery_view add column significantly_delayed boolean not null default false;
alter table delivery_view add column has_milestones boolean not null default false;
update delivery_view d set
    goal_id = coalesce((select s.goal_id from sub_goal_view s where s.id = d.sub_goal_id), split_part(d.sub_goal_id, '.', 1)),
    significantly_delayed = exists (select 1 from jsonb_array_elements(d.state -> 'milestones') m
                                    where (m ->> 'significantlyDelayed')::boolean),
    has_milestones = jsonb_array_length(d.state -> 'milestones') > 0;
alter table delivery_view alter column goal_id set not null;
create index delivery_view_goal on delivery_view (goal_id, sub_goal_id, id);

-- An organisation's own measurements, for the actor document.
create index measurement_view_reporter on measurement_view (reported_by, indicator_id, period_end desc);
