package dev.reviewflow.insight;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One of the daily rollups that {@link InsightRollup} keeps: replaces its rows for one workspace's
 * UTC day by what the day's complaints give now.
 */
interface DayRollup {

    /**
     * @param connection the rollup job's transaction
     * @param now the time of the recomputation, for figures that depend on it (a due SLA clock)
     */
    void recompute(Connection connection, String workspace, LocalDate day, Instant now) throws SQLException;
}
