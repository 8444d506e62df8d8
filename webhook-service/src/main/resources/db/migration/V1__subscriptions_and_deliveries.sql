-- Webhook subscriptions of organisations, the deliveries owed to them, and each attempt made.

create table subscription (
    id             uuid        primary key,
    organisation   text        not null,
    client         text        not null,
    endpoint       text        not null,
    -- The signing secret (Standard Webhooks, whsec_...), shown to the subscriber once.
    secret         text        not null,
    event_types    text[]      not null,
    goal_id        text,
    indicator_id   text,
    about_organisation text,
    description    text,
    created_at     timestamptz not null,
    removed_at     timestamptz
);
create index subscription_active on subscription (organisation) where removed_at is null;

-- One row per (subscription, event): the unique key makes a replayed or duplicated event owe nothing new.
create table delivery (
    id             uuid        primary key,
    subscription_id uuid       not null references subscription (id),
    event_id       uuid        not null,
    event_type     text        not null,
    aggregate_id   text        not null,
    body           text        not null,
    status         text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts       integer     not null default 0,
    next_attempt_at timestamptz,
    -- While a dispatcher sends it, the row is leased, so replicas never send it twice at once.
    leased_until   timestamptz,
    created_at     timestamptz not null,
    delivered_at   timestamptz,
    unique (subscription_id, event_id)
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_of_subscription on delivery (subscription_id, created_at desc);

create table delivery_attempt (
    delivery_id    uuid        not null references delivery (id),
    number         integer     not null,
    attempted_at   timestamptz not null,
    status_code    integer,
    error          text,
    duration_ms    bigint      not null,
    primary key (delivery_id, number)
);

-- Which goal an indicator, an initiative or a sub-goal belongs to, learnt from their events, so that a
-- goal filter also matches their measurements, status reports and deliveries.
create table aggregate_goal (
    aggregate_type text not null,
    aggregate_id   text not null,
    goal_id        text not null,
    primary key (aggregate_type, aggregate_id)
);
