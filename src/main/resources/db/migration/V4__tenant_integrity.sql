-- The database keeps tenants apart and keys to known scopes by itself, not only because the
-- service writes correct rows: a reply or timeline event must belong to its complaint's
-- workspace, and a key may hold only the scopes the service defines.

-- The target of the composite foreign keys below (id alone is already unique).
alter table complaint add constraint uq_complaint_id_workspace unique (id, workspace_id);

-- The composite keys imply the single-column ones, which they replace.
alter table reply drop constraint reply_complaint_id_fkey;
alter table reply add constraint fk_reply_complaint_workspace
    foreign key (complaint_id, workspace_id) references complaint (id, workspace_id);

alter table timeline_event drop constraint timeline_event_complaint_id_fkey;
alter table timeline_event add constraint fk_timeline_event_complaint_workspace
    foreign key (complaint_id, workspace_id) references complaint (id, workspace_id);

-- The wire names of dev.reviewflow.security.Scope (platform:admin belongs to the bootstrap key
-- from configuration, never to a stored key). A new scope needs a migration that widens this;
-- TenantIntegrityTest stores a key with every scope and fails until it does.
alter table api_key add constraint ck_api_key_scopes
    check (scopes <@ array['complaints:read', 'complaints:write', 'replies:write', 'pii:read', 'admin']::text[]);
