-- The outbox relay (no.ehelse.followup.platform.outbox): CloudEvents headers per row, parked rows that
-- can never be published, and a wake-up at commit so events leave within milliseconds, not at the next poll.

-- The Kafka headers the row is published with (CloudEvents binary mode), fixed when the event is written.
alter table outbox_event add column headers jsonb;

-- A row the broker refuses for good (too large, say) is parked with the reason; later rows of the same
-- aggregate wait behind it, so none overtakes it.
alter table outbox_event add column parked_at timestamptz;
alter table outbox_event add column parked_reason text;
create index outbox_event_parked on outbox_event (topic, message_key, id) where parked_at is not null;

-- One notification per committing transaction that wrote events (PostgreSQL delivers NOTIFY at commit and
-- folds duplicates within a transaction); the relay LISTENs and polls only as the fallback.
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end
$$;
create trigger outbox_event_written after insert on outbox_event
    for each statement execute function outbox_event_notify();
