-- Idempotent consumption: an event id is applied once; an aggregate never goes back to an older version.
create table processed_event (
    event_id          uuid primary key,
    topic             text        not null,
    aggregate_type    text        not null,
    aggregate_id      text        not null,
    aggregate_version bigint      not null,
    outcome           text        not null,
    processed_at      timestamptz not null
);

create table aggregate_version (
    aggregate_type text   not null,
    aggregate_id   text   not null,
    version        bigint not null,
    primary key (aggregate_type, aggregate_id)
);

-- When each topic last delivered an event, for the freshness of the view.
create table topic_freshness (
    topic            text primary key,
    last_occurred_at timestamptz not null,
    last_applied_at  timestamptz not null,
    events_applied   bigint      not null
);

create table goal_view (
    id          text primary key,
    kind        text not null,
    name        text not null,
    description text
);

create table indicator_view (
    id         text primary key,
    goal_id    text  not null,
    parent_id  text,
    name       text  not null,
    definition jsonb not null
);
create index indicator_view_goal on indicator_view (goal_id);

-- The current revision of each measurement series (indicator, period, reporter).
create table measurement_view (
    indicator_id text        not null,
    period       text        not null,
    reported_by  text        not null,
    revision     integer     not null,
    period_start date        not null,
    period_end   date        not null,
    value        numeric     not null,
    numerator    numeric,
    denominator  numeric,
    reported_at  timestamptz not null,
    primary key (indicator_id, period, reported_by)
);
create index measurement_view_latest on measurement_view (indicator_id, period_end desc);
