-- Events for the help-desk: every complaint's timeline gets a gap-free sequence (1, 2, 3, ...),
-- and a transactional outbox delivers each event to the workspace's webhook subscriptions.

-- The per-complaint sequence replaces the database-wide id in the API (which told one workspace
-- how busy the others are). Existing histories are numbered in the order they were written.
alter table timeline_event add column sequence integer;
update timeline_event t set sequence = numbered.sequence
from (select id, row_number() over (partition by complaint_id order by id) as sequence from timeline_event) numbered
where t.id = numbered.id;
alter table timeline_event alter column sequence set not null;
-- Writers hold the complaint's row lock (or, for a new complaint, the post's advisory lock) and
-- take max + 1; the constraint makes a writer that did not fail instead of forking the history.
alter table timeline_event add constraint uq_timeline_event_complaint_sequence unique (complaint_id, sequence);
drop index ix_timeline_event_complaint;

create table webhook_subscription (
    id                          uuid primary key,
    workspace_id                varchar(63)   not null references workspace (id),
    url                         varchar(2000) not null,
    -- The event types sent (wire names such as complaint.resolved); null means all of them.
    events                      text[],
    description                 varchar(500),
    active                      boolean       not null,
    -- Why delivery stopped by itself: the receiver answered 410 Gone.
    disabled_reason             varchar(40),
    -- Whether the customer's contact details go out: only when the creator had pii:read.
    include_customer            boolean       not null,
    -- The signing secret (whsec_...). Kept, not hashed: every delivery is signed with it.
    secret                      varchar(100)  not null,
    -- After a rotation the old secret signs too, until it expires.
    previous_secret             varchar(100),
    previous_secret_expires_at  timestamptz,
    created_at                  timestamptz   not null,
    created_by                  varchar(200)  not null,
    version                     bigint        not null,
    constraint uq_webhook_subscription_id_workspace unique (id, workspace_id),
    constraint ck_webhook_subscription_previous_secret
        check ((previous_secret is null) = (previous_secret_expires_at is null))
);

-- Every write looks up the workspace's active subscriptions.
create index ix_webhook_subscription_workspace on webhook_subscription (workspace_id) where active;

-- One event as it happened, the complaint as it was then: written in the transaction of the
-- change, only when an active subscription wants it. Erasure rewrites the customer out of it.
create table webhook_event (
    id           uuid primary key,
    workspace_id varchar(63)  not null references workspace (id),
    type         varchar(40)  not null,
    occurred_at  timestamptz  not null,
    -- Null for a ping, which belongs to no complaint.
    complaint_id uuid,
    sequence     integer,
    payload      jsonb        not null,
    constraint fk_webhook_event_complaint_workspace
        foreign key (complaint_id, workspace_id) references complaint (id, workspace_id),
    constraint ck_webhook_event_sequence check ((complaint_id is null) = (sequence is null))
);

create index ix_webhook_event_complaint on webhook_event (complaint_id, sequence);

-- One event for one subscription: the outbox row the dispatchers claim. Its id is the
-- webhook-id header, the same on every attempt.
create table webhook_delivery (
    id               uuid primary key,
    workspace_id     varchar(63)  not null,
    subscription_id  uuid         not null,
    event_id         uuid         not null references webhook_event (id),
    -- Copied from the event: ordering per complaint and subscription needs them in one index.
    complaint_id     uuid,
    sequence         integer,
    status           varchar(16)  not null check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts         integer      not null default 0,
    -- When the next attempt is due; while an attempt is under way, when its claim lapses (a
    -- replica that dies mid-delivery leaves the row to be claimed again after that).
    next_attempt_at  timestamptz  not null,
    claimed_until    timestamptz,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_latency_ms  integer,
    last_error       varchar(500),
    delivered_at     timestamptz,
    created_at       timestamptz  not null,
    constraint fk_webhook_delivery_subscription_workspace
        foreign key (subscription_id, workspace_id) references webhook_subscription (id, workspace_id)
        on delete cascade
);

-- The dispatchers' claim: pending rows by due time.
create index ix_webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
-- Order per complaint and subscription: a later event waits while an earlier one is pending.
create index ix_webhook_delivery_order on webhook_delivery (subscription_id, complaint_id, sequence)
    where status = 'PENDING';
-- A subscription's deliveries, newest first.
create index ix_webhook_delivery_subscription on webhook_delivery (subscription_id, created_at desc, id desc);
create index ix_webhook_delivery_event on webhook_delivery (event_id);
