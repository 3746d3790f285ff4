-- Complaints received before V12 have no terms (Lucene does not run in a migration). This queue
-- names them; the service's PatternTermsBackfill analyses them in batches after the upgrade and
-- removes each from the queue in the transaction that writes its terms. Empty on a new install.
create table complaint_term_backfill (
    complaint_id uuid        primary key,
    workspace_id varchar(63) not null
);

insert into complaint_term_backfill (complaint_id, workspace_id)
select c.id, c.workspace_id from complaint c
where not exists (select 1 from complaint_term t where t.complaint_id = c.id);
