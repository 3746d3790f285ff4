package dev.reviewflow.insight;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the daily rollups ({@link DayRollup}) that let the insights answer over long periods
 * without reading every complaint. Per workspace, the frontier ({@code insight_rollup_frontier})
 * moves forward one whole UTC day at a time, an hour after the day ended; a write to a complaint
 * of an earlier day marks that day stale (a trigger, V14), and this job recomputes it. Readers
 * take a day from the rollups only when it is behind the frontier and not stale, and read the
 * complaints for the rest, so a summary is as current as the complaints. Every replica runs the
 * job; a frontier row or stale mark is worked on by whichever claims it first (SKIP LOCKED).
 */
@ApplicationScoped
public class InsightRollup {

    /** How long after a day ends it is rolled up: longer than any transaction that could still write to it. */
    static final Duration SETTLE = Duration.ofHours(1);

    /** Days recomputed per transaction. */
    static final int BATCH = 31;

    private static final String CLAIM_STALE = "delete from insight_stale_day where (workspace_id, day) in"
            + " (select workspace_id, day from insight_stale_day order by day, workspace_id limit ?"
            + " for update skip locked) returning workspace_id, day";

    private static final String ADD_FRONTIERS = "insert into insight_rollup_frontier (workspace_id, rolled_until)"
            + " select w.id, coalesce((select (min(c.received_at) at time zone 'UTC')::date from complaint c"
            + " where c.workspace_id = w.id), ?) from workspace w"
            + " where not exists (select 1 from insight_rollup_frontier f where f.workspace_id = w.id)"
            + " on conflict do nothing";

    private static final String CLAIM_FRONTIER = "select workspace_id, rolled_until from insight_rollup_frontier"
            + " where rolled_until < ? order by rolled_until limit 1 for update skip locked";

    private static final String DAYS_WITH_COMPLAINTS = "select distinct (received_at at time zone 'UTC')::date"
            + " from complaint where workspace_id = ? and received_at >= ? and received_at < ? order by 1 limit ?";

    /**
     * One recomputation of a day at a time (a stale mark and the frontier can name the same day):
     * the second waits and then replaces the first's rows. Every transaction takes its days in
     * ascending order of (day, workspace), so two cannot wait for each other.
     */
    private static final String LOCK_DAY = "select pg_advisory_xact_lock(hashtextextended('insight-day/' || ?, 0))";

    private static final String UNMARK = "delete from insight_stale_day where (workspace_id, day) in"
            + " (select workspace_id, day from insight_stale_day where workspace_id = ? and day = ? for update skip locked)";

    private record StaleDay(LocalDate day, String workspace) {}

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final Instance<DayRollup> rollups;

    InsightRollup(AgroalDataSource dataSource, Clock clock, Instance<DayRollup> rollups) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.rollups = rollups;
    }

    @Scheduled(
            identity = "insight-rollup",
            every = "${reviewflow.insights.rollup-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        catchUp();
    }

    /** Recomputes every stale day, then moves every frontier as far as it may go; returns the days rolled up. */
    public int catchUp() {
        int days = 0;
        for (int done = recomputeStale(); done > 0; done = recomputeStale()) {
            days += done;
        }
        for (int done = advanceFrontier(); done >= 0; done = advanceFrontier()) {
            days += done;
        }
        return days;
    }

    /** Claims up to {@link #BATCH} stale days and recomputes them in one transaction; returns how many. */
    int recomputeStale() {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement claim = connection.prepareStatement(CLAIM_STALE)) {
                claim.setInt(1, BATCH);
                List<StaleDay> days = new ArrayList<>();
                try (ResultSet rows = claim.executeQuery()) {
                    while (rows.next()) {
                        days.add(new StaleDay(rows.getObject(2, LocalDate.class), rows.getString(1)));
                    }
                }
                days.sort(Comparator.comparing(StaleDay::day).thenComparing(StaleDay::workspace));
                for (StaleDay day : days) {
                    recompute(connection, day.workspace(), day.day(), now);
                }
                return days.size();
            }
        });
    }

    /**
     * Rolls up to {@link #BATCH} days with complaints of one workspace whose frontier is behind and
     * not claimed elsewhere, and moves its frontier past them; returns how many days, or -1 when no
     * frontier is behind. Days without complaints have no rows to write (a day whose complaints all
     * moved away was marked stale when they did).
     */
    int advanceFrontier() {
        Instant now = clock.instant();
        LocalDate target = now.minus(SETTLE).atOffset(ZoneOffset.UTC).toLocalDate();
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement add = connection.prepareStatement(ADD_FRONTIERS)) {
                    add.setObject(1, target);
                    add.executeUpdate();
                }
                String workspace;
                LocalDate from;
                try (PreparedStatement claim = connection.prepareStatement(CLAIM_FRONTIER)) {
                    claim.setObject(1, target);
                    try (ResultSet rows = claim.executeQuery()) {
                        if (!rows.next()) {
                            return -1;
                        }
                        workspace = rows.getString(1);
                        from = rows.getObject(2, LocalDate.class);
                    }
                }
                List<LocalDate> days = new ArrayList<>();
                try (PreparedStatement find = connection.prepareStatement(DAYS_WITH_COMPLAINTS)) {
                    find.setString(1, workspace);
                    find.setObject(2, from.atStartOfDay().atOffset(ZoneOffset.UTC));
                    find.setObject(3, target.atStartOfDay().atOffset(ZoneOffset.UTC));
                    find.setInt(4, BATCH);
                    try (ResultSet rows = find.executeQuery()) {
                        while (rows.next()) {
                            days.add(rows.getObject(1, LocalDate.class));
                        }
                    }
                }
                for (LocalDate day : days) {
                    recompute(connection, workspace, day, now);
                }
                LocalDate until = days.size() == BATCH ? days.getLast().plusDays(1) : target;
                try (PreparedStatement move = connection.prepareStatement(
                        "update insight_rollup_frontier set rolled_until = ? where workspace_id = ?")) {
                    move.setObject(1, until);
                    move.setString(2, workspace);
                    move.executeUpdate();
                }
                return days.size();
            }
        });
    }

    /**
     * Recomputes one day in every rollup, and removes its stale mark in the same transaction unless
     * a writer holds the mark: that writer's change is not seen here, and its mark stays for the
     * next run (never waiting on writers, the job cannot deadlock with one that marks several days).
     */
    private void recompute(Connection connection, String workspace, LocalDate day, Instant now) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_DAY)) {
            lock.setString(1, workspace + "/" + day);
            lock.execute();
        }
        try (PreparedStatement unmark = connection.prepareStatement(UNMARK)) {
            unmark.setString(1, workspace);
            unmark.setObject(2, day);
            unmark.executeUpdate();
        }
        for (DayRollup rollup : rollups) {
            rollup.recompute(connection, workspace, day, now);
        }
    }
}
