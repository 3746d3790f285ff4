-- The patterns' daily rollup (see insight/TermDayRollup): per workspace, UTC day of receipt and
-- term, the complaints with the term and where they were: per UTC quarter-hour of the day (slot
-- 0-95; a reader shifts it into the workspace's zone, whose offsets are whole quarter-hours), per
-- channel and per location (complaints without one left out). Each array lists only what has
-- complaints, in step with its counts, so a rare term costs a short row. Written by the rollup
-- job only, like insight_day (V14).
create table insight_term_day (
    workspace_id        varchar(63)  not null,
    day                 date         not null,
    term                varchar(100) not null,
    complaints          integer      not null,
    slots               smallint[]   not null,
    slot_complaints     integer[]    not null,
    channels            text[]       not null,
    channel_complaints  integer[]    not null,
    locations           text[]       not null,
    location_complaints integer[]    not null,
    -- One term's days: the previous period and the concentrations of the top terms.
    primary key (workspace_id, term, day)
);

-- The terms of a period, counted from the index alone.
create index ix_insight_term_day_period on insight_term_day (workspace_id, day) include (term, complaints);
