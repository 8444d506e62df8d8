-- Freshness per partition: a partition has one consumer at a time, so replicas never wait on one
-- another's row. Each batch adds to its partition's row in the batch's own transaction.
create table partition_freshness (
    topic            text        not null,
    partition        integer     not null,
    last_occurred_at timestamptz not null,
    last_applied_at  timestamptz not null,
    events_applied   bigint      not null,
    primary key (topic, partition)
);
insert into partition_freshness (topic, partition, last_occurred_at, last_applied_at, events_applied)
select topic, 0, last_occurred_at, last_applied_at, events_applied from topic_freshness;
drop table topic_freshness;
create view topic_freshness as
select topic, max(last_occurred_at) as last_occurred_at, max(last_applied_at) as last_applied_at,
       sum(events_applied)::bigint as events_applied
from partition_freshness
group by topic;

-- Records the consumer could not apply, also published on reporting-dead-letter: the operators' work
-- list, and what a replay after a fix reads. Not part of the view: a rebuild keeps it.
create table parked_event (
    id               uuid primary key,
    source_topic     text        not null,
    source_partition integer     not null,
    source_offset    bigint      not null,
    record_key       text,
    record_value     text,
    event_id         uuid,
    kind             text        not null,
    reason           text        not null,
    attempts         integer     not null,
    parked_at        timestamptz not null,
    replayed_at      timestamptz,
    replay_outcome   text,
    unique (source_topic, source_partition, source_offset)
);
create index parked_event_parked_at on parked_event (parked_at);
