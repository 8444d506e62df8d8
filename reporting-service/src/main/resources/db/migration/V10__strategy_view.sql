-- The strategy the goals belong to, with its vision, as its latest event published it: one row.
create table strategy_view (
    id        text primary key,
    name      text    not null,
    vision    text    not null,
    from_year integer not null,
    to_year   integer not null,
    version   bigint  not null
);
