-- An edition may be frozen as sent to the council model («Veikartet behandles i Rådsmodellen i
-- tredje kvartal 2025»): under consideration, with no approval to show. Existing editions were approved.
alter table edition add column status text not null default 'APPROVED' check (status in ('APPROVED', 'UNDER_CONSIDERATION'));
alter table edition alter column approved_by drop not null;
alter table edition alter column approved_on drop not null;
alter table edition add constraint edition_approval_stated check (
    (status = 'APPROVED') = (approved_by is not null and approved_on is not null));
