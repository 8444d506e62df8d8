-- Ownership over time (Helsedataservice moved from Direktoratet for e-helse to FHI on 1.1.2024) and
-- links to indicators that the plan does not state but were inferred from the texts.
alter table initiative add column former_owners jsonb not null default '[]';
alter table initiative add column related_indicators_inferred boolean not null default false;
