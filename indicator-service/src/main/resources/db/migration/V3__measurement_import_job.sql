-- Asynchronous measurement imports (POST /api/v1/measurements/import with Prefer: respond-async): a row per
-- job, so a job's progress and summary can be read from any instance, and a job whose instance stopped
-- (its heartbeat, updated_at, goes stale) is reported as failed instead of being lost.
create table measurement_import_job (
    id            uuid        primary key,
    reporter      text        not null,
    state         text        not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    dry_run       boolean     not null,
    atomic        boolean     not null,
    rows_total    bigint      not null,
    rows_done     bigint      not null default 0,
    summary       jsonb,
    error         text,
    submitted_at  timestamptz not null,
    updated_at    timestamptz not null,
    finished_at   timestamptz
);
create index measurement_import_job_running on measurement_import_job (updated_at) where state = 'RUNNING';
