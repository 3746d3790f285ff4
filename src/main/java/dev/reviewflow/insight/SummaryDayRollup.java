package dev.reviewflow.insight;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The summary's rollup of a day: its additive figures per channel and location
 * ({@code insight_day}) and its histograms of the times to each step ({@code insight_day_duration}),
 * for the whole workspace, per channel, per location and per both.
 */
@ApplicationScoped
class SummaryDayRollup implements DayRollup {

    /** The steps of the histograms: 1 acknowledgement, 2 private contact, 3 resolution. */
    static final String STEPS = "(values (1::smallint, c.acknowledged_at), (2::smallint, c.moved_to_private_at),"
            + " (3::smallint, c.resolved_at)) as s(step, at)";

    private static final String DAY = "c.workspace_id = ? and c.received_at >= ? and c.received_at < ?";

    private static final String INSERT_FIGURES = "insert into insight_day (workspace_id, day, channel, location, "
            + SummarySums.columns() + ") select ?, ?, channel, location, " + SummarySums.aggregates()
            + " from complaint c, (select ?::timestamptz as now) decided where " + DAY + " group by channel, location";

    private static final String INSERT_DURATIONS =
            "insert into insight_day_duration (workspace_id, day, dimension, channel, location, step, buckets, counts)"
                    + " select ?, ?, dimension, channel, location, step, array_agg(bucket order by bucket),"
                    + " array_agg(complaints order by bucket) from ("
                    + " select (1 - grouping(c.channel) + 2 * (1 - grouping(c.location)))::smallint as dimension,"
                    + " c.channel, c.location, s.step, " + DurationBuckets.sqlBucket("s.at") + " as bucket,"
                    + " count(*)::int as complaints"
                    + " from complaint c cross join lateral " + STEPS
                    + " where " + DAY + " and s.at is not null"
                    + " group by grouping sets ((s.step, bucket), (c.channel, s.step, bucket),"
                    + " (c.location, s.step, bucket), (c.channel, c.location, s.step, bucket))"
                    + " having grouping(c.location) = 1 or c.location is not null) histogram"
                    + " group by dimension, channel, location, step";

    @Override
    public void recompute(Connection connection, String workspace, LocalDate day, Instant now) throws SQLException {
        for (String table : new String[] {"insight_day", "insight_day_duration"}) {
            try (PreparedStatement delete =
                    connection.prepareStatement("delete from " + table + " where workspace_id = ? and day = ?")) {
                delete.setString(1, workspace);
                delete.setObject(2, day);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FIGURES)) {
            insert.setString(1, workspace);
            insert.setObject(2, day);
            insert.setObject(3, now.atOffset(ZoneOffset.UTC));
            setDay(insert, 4, workspace, day);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_DURATIONS)) {
            insert.setString(1, workspace);
            insert.setObject(2, day);
            setDay(insert, 3, workspace, day);
            insert.executeUpdate();
        }
    }

    private static void setDay(PreparedStatement statement, int first, String workspace, LocalDate day)
            throws SQLException {
        statement.setString(first, workspace);
        statement.setObject(first + 1, day.atStartOfDay().atOffset(ZoneOffset.UTC));
        statement.setObject(first + 2, day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
}
