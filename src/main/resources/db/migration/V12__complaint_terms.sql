-- The terms of each complaint for the insights patterns: its words as the analyzer of its language
-- leaves them, and its tags prefixed with '#' (see insight/TermAnalysis). Written in the
-- transaction that receives the complaint, and rewritten with its text, tags or location (a
-- source edit, PATCH, erasure). Channel and location are copied here so that counting where a
-- term concentrates reads this table alone. Lucene does not run in a migration: complaints
-- received before this version have no terms until their next edit.
create table complaint_term (
    complaint_id uuid         not null,
    workspace_id varchar(63)  not null,
    term         varchar(100) not null,
    received_at  timestamptz  not null,
    channel      varchar(32)  not null,
    location     varchar(200),
    primary key (complaint_id, term),
    constraint fk_complaint_term_complaint
        foreign key (complaint_id, workspace_id) references complaint (id, workspace_id) on delete cascade
);

-- The terms of a period, counted from the index alone.
create index ix_complaint_term_period on complaint_term (workspace_id, received_at, term);
-- One term's complaints of a period, with where they were: the previous period and the concentrations.
create index ix_complaint_term_term on complaint_term (workspace_id, term, received_at) include (channel, location);
