-- Workspaces (one business or brand each) and their API keys. Every complaint, reply and
-- timeline event belongs to exactly one workspace; Hibernate adds the workspace to every query
-- (discriminator multi-tenancy), and the foreign keys keep the rows where they belong.

create table workspace (
    id         varchar(63)  primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name       varchar(200) not null,
    created_at timestamptz  not null
);

create table api_key (
    id             uuid primary key,
    workspace_id   varchar(63)  not null references workspace (id),
    name           varchar(200) not null,
    scopes         text[]       not null,
    -- SHA-256 of the secret: the secret itself is shown once and never stored.
    secret_hash    varchar(64)  not null unique,
    -- The first characters of the secret, so that people can tell their keys apart.
    secret_prefix  varchar(16)  not null,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    expires_at     timestamptz,
    revoked_at     timestamptz
);

create index ix_api_key_workspace on api_key (workspace_id, created_at);

-- Rows from before workspaces existed move to a "default" workspace.
insert into workspace (id, name, created_at)
select 'default', 'Default workspace', now()
where exists (select 1 from complaint);

alter table complaint add column workspace_id varchar(63) references workspace (id);
alter table reply add column workspace_id varchar(63) references workspace (id);
alter table timeline_event add column workspace_id varchar(63) references workspace (id);
update complaint set workspace_id = 'default';
update reply set workspace_id = 'default';
update timeline_event set workspace_id = 'default';
alter table complaint alter column workspace_id set not null;
alter table reply alter column workspace_id set not null;
alter table timeline_event alter column workspace_id set not null;

-- The same post may be a complaint in two workspaces (an agency serving two brands).
alter table complaint drop constraint uq_complaint_channel_external_id;
alter table complaint add constraint uq_complaint_workspace_source unique (workspace_id, channel, external_id);

drop index ix_complaint_received;
drop index ix_complaint_status_received;
create index ix_complaint_received on complaint (workspace_id, received_at desc, id desc);
create index ix_complaint_status_received on complaint (workspace_id, status, received_at desc, id desc);

-- Erasure on request: the complaint stays, anonymised, for statistics.
alter table complaint add column customer_erased_at timestamptz;
