create table sub_goal (
    id          text primary key,
    goal_id     text   not null,
    name        text   not null,
    description text,
    version     bigint not null
);
