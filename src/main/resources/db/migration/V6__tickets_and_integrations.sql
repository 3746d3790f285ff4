-- Help-desk integration: a complaint's link to a help-desk ticket, each workspace's settings per
-- help-desk for inbound events, and the inbound events already handled (replays change nothing).

alter table complaint add column ticket_system varchar(16)
    check (ticket_system in ('ZAMMAD', 'CHATWOOT', 'ZENDESK', 'FRESHDESK', 'OTHER'));
alter table complaint add column ticket_id varchar(200);
alter table complaint add column ticket_url varchar(2000);
alter table complaint add constraint ck_complaint_ticket
    check ((ticket_system is null) = (ticket_id is null) and (ticket_url is null or ticket_id is not null));

-- A ticket belongs to at most one complaint per workspace and help-desk. Ticket id first, so the
-- same index serves the lookup by ticket id alone (GET /v1/complaints?ticket=).
create unique index uq_complaint_ticket on complaint (workspace_id, ticket_id, ticket_system)
    where ticket_id is not null;

create table integration (
    id              uuid         primary key,
    workspace_id    varchar(63)  not null references workspace (id),
    system          varchar(16)  not null check (system in ('ZAMMAD', 'CHATWOOT', 'GENERIC')),
    active          boolean      not null,
    -- The help-desk signs with it, so it is kept as it is (an HMAC key cannot be checked against a hash).
    secret          varchar(200) not null,
    -- Help-desk closing state (or generic event type) -> outcome wire name.
    outcome_mapping jsonb        not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    constraint uq_integration_workspace_system unique (workspace_id, system)
);

create table inbound_event (
    id           uuid         primary key,
    workspace_id varchar(63)  not null references workspace (id),
    system       varchar(16)  not null check (system in ('ZAMMAD', 'CHATWOOT', 'GENERIC')),
    -- The help-desk's own id of what happened (article, message, delivery or webhook-id).
    event_key    varchar(300) not null,
    received_at  timestamptz  not null,
    -- The answer given the first time, given again to a replay.
    status       integer      not null,
    answer       jsonb        not null,
    constraint uq_inbound_event_key unique (workspace_id, system, event_key)
);
