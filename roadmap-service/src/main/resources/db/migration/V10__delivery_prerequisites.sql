-- Deliveries that must be in place for a delivery (forutsetninger), by id.
alter table delivery add column prerequisites jsonb not null default '[]';
