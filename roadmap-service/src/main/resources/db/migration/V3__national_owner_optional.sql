-- The roadmap does not name a national owner for every delivery; such a delivery has none until
-- the admin sets one, and meanwhile only the admin keeps its national phases and milestones.
alter table delivery alter column national_owner drop not null;
