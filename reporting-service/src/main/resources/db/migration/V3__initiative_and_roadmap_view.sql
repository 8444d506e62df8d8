-- Initiatives and roadmap as their events published them: each payload is the aggregate's whole
-- state, so the view keeps the latest one and derives the rest when asked.
create table initiative_view (
    id         text primary key,
    goal_id    text  not null,
    definition jsonb not null
);
create index initiative_view_goal on initiative_view (goal_id);

-- The current revision of each status report (initiative, period, owner).
create table status_report_view (
    initiative_id text  not null,
    period        text  not null,
    owner         text  not null,
    period_start  date  not null,
    period_end    date  not null,
    report        jsonb not null,
    primary key (initiative_id, period, owner)
);

create table sub_goal_view (
    id         text primary key,
    goal_id    text  not null,
    definition jsonb not null
);

-- Deliveries still on the roadmap; a removed delivery leaves the view.
create table delivery_view (
    id          text primary key,
    sub_goal_id text  not null,
    state       jsonb not null
);
create index delivery_view_sub_goal on delivery_view (sub_goal_id);
