-- Responses to writes sent with an Idempotency-Key (no.ehelse.followup.contract.api), kept so a
-- re-send gets the original response. Stored in the write's own transaction.
create table idempotency_key (
    scope         text        not null,
    key           text        not null,
    request_hash  text        not null,
    status        integer     not null,
    body          text,
    location      text,
    write_outcome text,
    created_at    timestamptz not null,
    primary key (scope, key)
);
