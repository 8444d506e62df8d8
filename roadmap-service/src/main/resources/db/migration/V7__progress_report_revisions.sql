-- Progress reports become a revisioned series like measurements and status reports: each actor's own
-- phase, and the national phase whoever its owner was, is one series numbered 1, 2, 3 … without gaps.
alter table progress_report add column series_actor text generated always as (case when national then '' else actor end) stored;
alter table progress_report add column revision integer;
update progress_report p set revision = numbered.revision
from (select id, row_number() over (partition by delivery_id, national, series_actor order by id) as revision
      from progress_report) numbered
where p.id = numbered.id;
alter table progress_report alter column revision set not null;
create unique index progress_revision on progress_report (delivery_id, national, series_actor, revision);

drop index progress_current_actor;
drop index progress_current_national;
create unique index progress_current on progress_report (delivery_id, national, series_actor) where current;
