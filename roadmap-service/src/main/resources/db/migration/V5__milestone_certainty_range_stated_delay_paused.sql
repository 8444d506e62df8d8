-- The roadmap draws plans solid and expectations dashed, often dates by a year or a span of years
-- («2025/2026»), and states delays without a new date («tatt lengre tid enn planlagt»); some work
-- is «satt på vent». Existing milestones were all defined as plans on a day.
alter table milestone add column certainty text not null default 'PLANNED' check (certainty in ('PLANNED', 'TENTATIVE'));
alter table milestone add column earliest_date date;
alter table milestone add constraint milestone_range_ends_at_baseline check (earliest_date is null or earliest_date <= baseline_date);
alter table milestone add column stated_delay text;
alter table delivery add column paused_reason text;
