-- HelseID's orgnr_child (the sub-unit that submitted) and orgnr_supplier (a supplier submitting for the
-- owner), recorded with each revision when the token names them. The owner stays the deciding organisation.
alter table status_report add column submitted_by_child text;
alter table status_report add column submitted_by_supplier text;
