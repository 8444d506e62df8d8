-- What the relay still has to publish is a queue of its own: a row per unpublished event, inserted with it and
-- deleted once the broker has it. The outbox (also the audit log) is then only ever inserted into. Marking rows
-- published in place rewrote a wide row and all its index entries per event, and left the relay's scan of the
-- pending rows to statistics that a burst of writes (an import) makes stale: it then sorted the whole backlog on
-- every poll, slower the further it fell behind. The queue holds what the relay orders and holds back by (the id,
-- and the topic and key a parked row holds back), so the relay's scan is one narrow table in its key's order.
create table outbox_pending (
    id          bigint primary key,
    topic       text not null,
    message_key text not null
);
insert into outbox_pending select id, topic, message_key from outbox_event where published_at is null;

drop index outbox_event_pending;
alter table outbox_event drop column published_at;

-- One statement queues every row it wrote (COPY too) and wakes the relay: PostgreSQL delivers the notification
-- at commit and folds duplicates within a transaction.
drop trigger outbox_event_written on outbox_event;
drop function outbox_event_notify();
create function outbox_event_queue() returns trigger language plpgsql as $$
begin
    insert into outbox_pending select id, topic, message_key from written;
    perform pg_notify('outbox_event', '');
    return null;
end
$$;
create trigger outbox_event_written after insert on outbox_event
    referencing new table as written
    for each statement execute function outbox_event_queue();
