-- Daily rollups for the insights over long periods (see insight/InsightRollup). A day is a UTC
-- day of received_at; its rows are recomputed from the complaints by the rollup job, never
-- updated in place. Readers take a day from the rollup only when it is before the workspace's
-- frontier and not marked stale; every other part of a period is read from the complaints.

-- Every UTC day before rolled_until has been rolled up (unless marked stale since).
create table insight_rollup_frontier (
    workspace_id varchar(63) primary key references workspace (id),
    rolled_until date        not null
);

-- Days whose complaints changed after they may have been rolled up. A writer marks the day with
-- an upsert that locks the row until it commits; the job claims marks with SKIP LOCKED and
-- deletes them in the transaction that recomputes the day, so a change is either seen by that
-- recomputation or marks the day again (its insert waits for the job's delete to commit).
create table insight_stale_day (
    workspace_id varchar(63) not null,
    day          date        not null,
    primary key (workspace_id, day)
);

-- Marks the UTC day of a receipt as stale unless it is today's (today is never rolled up, and the
-- job rolls a day up only an hour after it ends, longer than any transaction may run).
create function insight_mark_stale(workspace varchar, received timestamptz) returns void
language plpgsql as $$
begin
    if received < date_trunc('day', clock_timestamp(), 'UTC') then
        insert into insight_stale_day (workspace_id, day)
        values (workspace, (received at time zone 'UTC')::date)
        on conflict (workspace_id, day) do update set day = excluded.day where false;
    end if;
end
$$;

create function insight_complaint_changed() returns trigger
language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform insight_mark_stale(old.workspace_id, old.received_at);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.received_at <> old.received_at) then
        perform insight_mark_stale(new.workspace_id, new.received_at);
    end if;
    return null;
end
$$;

create trigger tr_complaint_insight_stale
    after insert or update or delete on complaint
    for each row execute function insight_complaint_changed();

-- The summary's additive figures per day, channel and location (status counts as columns: the
-- workflow's four states).
create table insight_day (
    workspace_id           varchar(63)  not null,
    day                    date         not null,
    channel                varchar(32)  not null,
    location               varchar(200),
    complaints             integer      not null,
    status_new             integer      not null,
    status_acknowledged    integer      not null,
    status_moved_to_private integer     not null,
    status_resolved        integer      not null,
    acknowledged           integer      not null,
    moved_to_private       integer      not null,
    resolved               integer      not null,
    feedback_answers       integer      not null,
    satisfaction_sum       integer      not null,
    would_return_answers   integer      not null,
    would_return_yes       integer      not null,
    excellent              integer      not null,
    rating_changes         integer      not null,
    rating_change_sum      integer      not null,
    ack_met                integer      not null,
    ack_missed             integer      not null,
    private_contact_met    integer      not null,
    private_contact_missed integer      not null,
    resolution_met         integer      not null,
    resolution_missed      integer      not null
);
create index ix_insight_day on insight_day (workspace_id, day);

-- Histograms of the time from receipt to each step (1 acknowledgement, 2 private contact,
-- 3 resolution) in logarithmic buckets (insight/DurationBuckets), per day for the whole workspace
-- (dimension 0), per channel (1), per location (2) and per channel and location (3), so that a
-- filtered summary reads only its own rows. A histogram is one row: its buckets in ascending order
-- and the count of each (a year of a million complaints: about 300 rows a day, 30 MB).
create table insight_day_duration (
    workspace_id varchar(63)  not null,
    day          date         not null,
    dimension    smallint     not null,
    channel      varchar(32),
    location     varchar(200),
    step         smallint     not null,
    buckets      smallint[]   not null,
    counts       integer[]    not null
);
create index ix_insight_day_duration on insight_day_duration (workspace_id, dimension, channel, location, day);
-- The job replaces a day's rows.
create index ix_insight_day_duration_day on insight_day_duration (workspace_id, day);
