-- Per delivery what indicators 5.2 and 5.3 count of its milestones (DeliveryDelays), so the shares are
-- sums rather than every delivery read per request. Null until computed; the service computes any
-- missing one at start.
alter table delivery_view add column development_milestones integer;
alter table delivery_view add column development_delayed integer;
alter table delivery_view add column introduction_milestones integer;
alter table delivery_view add column introduction_delayed integer;
create index delivery_view_development_delayed on delivery_view (sub_goal_id, id) where development_delayed > 0;
create index delivery_view_introduction_delayed on delivery_view (sub_goal_id, id) where introduction_delayed > 0;

-- Its phase as a column, for the roadmap's distribution per sub-goal without reading the states.
alter table delivery_view add column phase text;
update delivery_view set phase = state ->> 'phase';

-- An organisation's deliveries (the actor document), found by index rather than by reading every state.
create index delivery_view_participants on delivery_view using gin ((state -> 'participants') jsonb_path_ops);
create index delivery_view_national_owner on delivery_view ((state -> 'nationalOwner' ->> 'organisationNumber'));
