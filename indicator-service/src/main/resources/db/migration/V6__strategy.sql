-- The strategy the goals belong to, with its vision: one row, id 'strategy'.
create table strategy (
    id        text primary key,
    name      text    not null,
    vision    text    not null,
    from_year integer not null,
    to_year   integer not null,
    version   bigint  not null
);
