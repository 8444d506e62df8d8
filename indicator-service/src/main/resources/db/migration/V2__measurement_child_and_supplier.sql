-- HelseID's orgnr_child (the sub-unit that reported) and orgnr_supplier (a supplier reporting for the
-- organisation), recorded with each revision when the token names them. The reporter stays reported_by.
alter table measurement add column reported_by_child text;
alter table measurement add column reported_by_supplier text;
