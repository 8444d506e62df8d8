-- The outbox is also the audit log: every change of a writing service is a row here, with who made it and its
-- whole state after. Published rows are kept (followup.outbox.retention). What an audit query filters on is
-- written beside the envelope by EventOutbox; rows from before are filled in once from their envelopes.
alter table outbox_event
    add column aggregate_type text,
    add column aggregate_id text,
    add column aggregate_version bigint,
    add column actor_organisation text,
    add column actor_client text;
update outbox_event set
    aggregate_type = (envelope::jsonb) ->> 'aggregateType',
    aggregate_id = (envelope::jsonb) ->> 'aggregateId',
    aggregate_version = ((envelope::jsonb) ->> 'aggregateVersion')::bigint,
    actor_organisation = (envelope::jsonb) -> 'actor' ->> 'organisation',
    actor_client = (envelope::jsonb) -> 'actor' ->> 'client';
create index outbox_event_aggregate on outbox_event (aggregate_type, aggregate_id, aggregate_version);
create index outbox_event_organisation on outbox_event (actor_organisation, id);
create index outbox_event_created on outbox_event (created_at);
