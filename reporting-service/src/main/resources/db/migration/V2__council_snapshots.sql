-- Frozen copies of the whole status view for a council meeting (underlag). A snapshot never
-- changes: the database refuses updates and deletes.
create table council_snapshot (
    id           uuid primary key,
    forum        text        not null,
    meeting_date date        not null,
    title        text        not null,
    created_at   timestamptz not null,
    created_by   text,
    content      jsonb       not null
);
create index council_snapshot_meeting on council_snapshot (meeting_date, created_at);

create function council_snapshot_is_frozen() returns trigger as $$
begin
    raise exception 'a council snapshot never changes';
end;
$$ language plpgsql;

create trigger council_snapshot_frozen before update or delete on council_snapshot
    for each row execute function council_snapshot_is_frozen();
