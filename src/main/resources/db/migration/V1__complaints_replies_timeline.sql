-- The complaint workflow: complaints, the replies sent on them, and their append-only timeline.
-- Enumerations are stored by their Java constant names and checked here, so that no other
-- writer can put a value into the database that the service does not know.

create table complaint (
    id                  uuid primary key,
    channel             varchar(32)  not null check (channel in ('FACEBOOK', 'TWITTER', 'INSTAGRAM', 'LINKEDIN',
                            'GOOGLE', 'YELP', 'TRIPADVISOR', 'TRUSTPILOT', 'ANGIES_LIST', 'YELLOW_PAGES',
                            'FOURSQUARE', 'BLOG', 'EMAIL', 'PHONE', 'WEB_FORM', 'OTHER')),
    external_id         varchar(200) not null,
    source_url          varchar(2000),
    author              varchar(200) not null,
    customer_name       varchar(200),
    customer_email      varchar(320),
    customer_phone      varchar(50),
    rating              integer      check (rating between 1 and 5),
    title               text,
    body                text         not null,
    language            varchar(35),
    posted_at           timestamptz,
    tags                text[]       not null default '{}',
    priority            varchar(16)  not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    priority_explicit   boolean      not null default false,
    assignee            varchar(200),
    location            varchar(200),
    status              varchar(32)  not null check (status in ('NEW', 'ACKNOWLEDGED', 'MOVED_TO_PRIVATE', 'RESOLVED')),
    resolved_from       varchar(32)  check (resolved_from in ('ACKNOWLEDGED', 'MOVED_TO_PRIVATE')),
    received_at         timestamptz  not null,
    acknowledged_at     timestamptz,
    moved_to_private_at timestamptz,
    private_channel     varchar(32)  check (private_channel in ('DIRECT_MESSAGE', 'EMAIL', 'PHONE')),
    resolved_at         timestamptz,
    resolution_outcome  varchar(40)  check (resolution_outcome in ('RESOLVED_SATISFIED', 'COMPENSATED', 'EXPLAINED',
                            'NO_RESPONSE_FROM_CUSTOMER', 'NOT_ACTIONABLE')),
    resolution_summary  text,
    search_text         text         not null,
    version             bigint       not null,
    -- One complaint per post: the database, not the service, is what makes ingestion idempotent.
    constraint uq_complaint_channel_external_id unique (channel, external_id),
    constraint ck_complaint_resolution check ((status = 'RESOLVED') = (resolved_at is not null and resolved_from is not null))
);

-- Listing walks (received_at, id) newest first; filters narrow that walk.
create index ix_complaint_received on complaint (received_at desc, id desc);
create index ix_complaint_status_received on complaint (status, received_at desc, id desc);
create index ix_complaint_tags on complaint using gin (tags);

create table reply (
    id           uuid primary key,
    complaint_id uuid         not null references complaint (id),
    visibility   varchar(16)  not null check (visibility in ('PUBLIC', 'PRIVATE', 'INTERNAL')),
    body         text         not null,
    author       varchar(200) not null,
    findings     jsonb        not null default '[]',
    created_at   timestamptz  not null
);

create index ix_reply_complaint on reply (complaint_id, created_at, id);

create table timeline_event (
    id           bigint generated always as identity primary key,
    complaint_id uuid         not null references complaint (id),
    type         varchar(40)  not null,
    occurred_at  timestamptz  not null,
    actor        varchar(200) not null,
    from_status  varchar(32),
    to_status    varchar(32),
    data         jsonb        not null default '{}'
);

create index ix_timeline_event_complaint on timeline_event (complaint_id, id);
