-- SLA clocks (README "SLA clocks"): each workspace's policy, kept as versions so that a change
-- applies to the complaints received after it, and each complaint's due times.

-- A workspace without a row follows the built-in default (acknowledgement within an hour, around
-- the clock). Rows are never changed: a complaint names the version its clocks follow.
create table sla_policy (
    id             uuid primary key,
    workspace_id   varchar(63)  not null references workspace (id),
    -- Complaints received from this instant on follow this version, until a later one.
    effective_from timestamptz  not null,
    -- The policy as the API takes it: targets, overrides, calendar.
    definition     jsonb        not null,
    created_by     varchar(200) not null,
    constraint uq_sla_policy_id_workspace unique (id, workspace_id)
);

create index ix_sla_policy_workspace on sla_policy (workspace_id, effective_from desc, id desc);

-- Complaints received before this migration have no clocks (a policy applies to new complaints).
alter table complaint
    -- The policy version the clocks follow; null: the built-in default.
    add column sla_policy_id                      uuid,
    -- Due times, set when each clock starts (null: no clock); a breach marker when the breach job
    -- recorded the clock's breach, so that each breach is recorded once.
    add column ack_due_at                         timestamptz,
    add column ack_breach_recorded_at             timestamptz,
    add column private_contact_due_at             timestamptz,
    add column private_contact_breach_recorded_at timestamptz,
    add column resolution_due_at                  timestamptz,
    add column resolution_breach_recorded_at      timestamptz,
    -- Whether a clock is missed, as of the last step or recorded breach (the slaStatus=missed filter).
    add column sla_missed                         boolean not null default false,
    add constraint fk_complaint_sla_policy_workspace
        foreign key (sla_policy_id, workspace_id) references sla_policy (id, workspace_id);

-- The breach job, across workspaces: open clocks without a recorded breach, by due time.
create index ix_complaint_ack_breach_due on complaint (ack_due_at)
    where ack_due_at is not null and acknowledged_at is null and ack_breach_recorded_at is null;
create index ix_complaint_private_contact_breach_due on complaint (private_contact_due_at)
    where private_contact_due_at is not null and moved_to_private_at is null and resolved_at is null
        and private_contact_breach_recorded_at is null;
create index ix_complaint_resolution_breach_due on complaint (resolution_due_at)
    where resolution_due_at is not null and resolved_at is null and resolution_breach_recorded_at is null;

-- The dueBefore filter: a workspace's clocks whose step is not reached, by due time.
create index ix_complaint_ack_open_due on complaint (workspace_id, ack_due_at)
    where ack_due_at is not null and acknowledged_at is null;
create index ix_complaint_private_contact_open_due on complaint (workspace_id, private_contact_due_at)
    where private_contact_due_at is not null and moved_to_private_at is null and resolved_at is null;
create index ix_complaint_resolution_open_due on complaint (workspace_id, resolution_due_at)
    where resolution_due_at is not null and resolved_at is null;

-- The slaStatus=missed filter, in list order.
create index ix_complaint_sla_missed on complaint (workspace_id, received_at desc, id desc) where sla_missed;
