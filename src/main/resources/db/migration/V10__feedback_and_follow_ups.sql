-- After a resolution: a follow-up asks the customer what they think, their answer is kept, and a
-- later edit of the rating is told apart from the rating the complaint was resolved with. The
-- workspace states how well it believes it serves its customers, to set beside their answers.

-- How long after a resolution the follow-up is due (ISO 8601 duration); null: no follow-ups.
alter table workspace add column follow_up_after varchar(40) default 'P7D';

-- The rating when the complaint was (last) resolved; the rating column follows later edits.
alter table complaint add column rating_at_resolution integer check (rating_at_resolution between 1 and 5);

-- The customer's latest answer, and the resolution (by its time) it answers: one per resolution.
alter table complaint add column feedback_satisfaction integer check (feedback_satisfaction between 1 and 5);
alter table complaint add column feedback_would_return boolean;
alter table complaint add column feedback_comment text;
alter table complaint add column feedback_answered_at timestamptz;
alter table complaint add column feedback_resolved_at timestamptz;
alter table complaint add constraint ck_complaint_feedback
    check ((feedback_satisfaction is null) = (feedback_answered_at is null)
       and (feedback_satisfaction is null) = (feedback_would_return is null)
       and (feedback_satisfaction is null) = (feedback_resolved_at is null));

-- The insights summary filters a workspace's complaints by time received, optionally by channel
-- or location; (workspace_id, received_at) is ix_complaint_received.
create index ix_complaint_channel_received on complaint (workspace_id, channel, received_at);
create index ix_complaint_location_received on complaint (workspace_id, location, received_at);

-- One follow-up per resolution, written in the resolving transaction.
create table follow_up (
    id            uuid primary key,
    workspace_id  varchar(63) not null references workspace (id),
    complaint_id  uuid        not null,
    -- The resolution it follows (the complaint's resolved_at then) and how it ended.
    resolved_at   timestamptz not null,
    outcome       varchar(40) not null check (outcome in ('RESOLVED_SATISFIED', 'COMPENSATED', 'EXPLAINED',
                      'NO_RESPONSE_FROM_CUSTOMER', 'NOT_ACTIONABLE')),
    due_at        timestamptz not null,
    -- SCHEDULED until due; EMITTED once the job has recorded it in the timeline (and so sent it
    -- to the webhooks); SENT when the survey went out; CANCELLED by a reopen.
    status        varchar(16) not null check (status in ('SCHEDULED', 'EMITTED', 'SENT', 'CANCELLED')),
    emitted_at    timestamptz,
    sent_at       timestamptz,
    cancelled_at  timestamptz,
    constraint fk_follow_up_complaint_workspace
        foreign key (complaint_id, workspace_id) references complaint (id, workspace_id),
    constraint uq_follow_up_resolution unique (complaint_id, resolved_at)
);

-- The job's claim: scheduled rows by due time, across workspaces.
create index ix_follow_up_due on follow_up (due_at) where status = 'SCHEDULED';
-- A workspace's follow-ups still to be sent, earliest due first.
create index ix_follow_up_unsent on follow_up (workspace_id, due_at, id) where status in ('SCHEDULED', 'EMITTED');

-- The share of its customers a workspace believes it serves excellently (its own estimate).
create table self_assessment (
    workspace_id    varchar(63)      primary key references workspace (id),
    excellent_share double precision not null check (excellent_share between 0 and 1),
    assessed_at     timestamptz      not null,
    assessed_by     varchar(200)     not null
);
