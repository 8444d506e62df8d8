-- Rebuilds of the view, started asynchronously: their progress, readable from every replica. Not part
-- of the view: a rebuild keeps it.
create table rebuild_job (
    id          uuid primary key,
    state       text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    records     bigint      not null default 0,
    applied     bigint      not null default 0,
    duplicates  bigint      not null default 0,
    poison      bigint      not null default 0,
    failure     text
);
create index rebuild_job_started_at on rebuild_job (started_at);
