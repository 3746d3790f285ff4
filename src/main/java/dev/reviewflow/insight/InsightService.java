package dev.reviewflow.insight;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.reviewflow.common.error.ValidationException;
import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.common.persistence.TransactionSql;
import dev.reviewflow.complaint.Channel;
import dev.reviewflow.complaint.ComplaintStatus;
import dev.reviewflow.insight.api.InsightSummary;
import dev.reviewflow.insight.api.PerceptionGap;
import dev.reviewflow.insight.api.RatingChange;
import dev.reviewflow.insight.api.SatisfactionFigures;
import dev.reviewflow.insight.api.SlaMetShare;
import dev.reviewflow.insight.api.SlaMetShares;
import dev.reviewflow.insight.api.TimeToStep;
import dev.reviewflow.security.Caller;

/**
 * The insights summary, computed by PostgreSQL in two aggregate queries over the workspace's
 * complaints of the period (served by the (workspace, received_at) indexes, with channel or
 * location), never by loading rows.
 */
@ApplicationScoped
public class InsightService {

    static final Duration DEFAULT_SPAN = Duration.ofDays(30);
    static final Duration MAX_SPAN = Duration.ofDays(400);

    /** The satisfaction the perception gap counts as "excellent". */
    private static final int EXCELLENT = 5;

    private static final String RATING_CHANGED =
            "rating_at_resolution is not null and rating is not null and rating <> rating_at_resolution";

    private final Clock clock;
    private final Caller caller;

    InsightService(Clock clock, Caller caller) {
        this.clock = clock;
        this.caller = caller;
    }

    /** The period asked for: to defaults to now, from to 30 days before to; at most 400 days. */
    public record Period(Instant from, Instant to) {}

    public Period period(Instant from, Instant to) {
        Instant end = to != null ? to : clock.instant();
        Instant start = from != null ? from : end.minus(DEFAULT_SPAN);
        if (!start.isBefore(end)) {
            throw ValidationException.of("from", "must be before to");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw ValidationException.of("from", "must be at most " + MAX_SPAN.toDays() + " days before to");
        }
        return new Period(start, end);
    }

    public InsightSummary summary(Period period, Channel channel, String location) {
        String workspace = caller.workspace();
        Filter filter = new Filter(workspace, period, channel, location);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ComplaintStatus status : ComplaintStatus.values()) {
            byStatus.put(JsonEnums.wireName(status), 0L);
        }
        Map<String, Long> byChannel = new LinkedHashMap<>();
        TransactionSql.query(
                "select status, channel, count(*) from complaint where " + filter.where()
                        + " group by grouping sets ((status), (channel)) order by channel, status",
                filter::set,
                rows -> {
                    while (rows.next()) {
                        if (rows.getString(1) != null) {
                            byStatus.put(
                                    JsonEnums.wireName(ComplaintStatus.valueOf(rows.getString(1))), rows.getLong(3));
                        } else {
                            byChannel.put(JsonEnums.wireName(Channel.valueOf(rows.getString(2))), rows.getLong(3));
                        }
                    }
                    return null;
                });
        Double selfAssessed = SelfAssessmentService.excellentShareOf(workspace);
        return TransactionSql.query(
                "select count(*),"
                        + " count(acknowledged_at),"
                        + percentiles("acknowledged_at") + ","
                        + " count(moved_to_private_at),"
                        + percentiles("moved_to_private_at") + ","
                        + " count(resolved_at),"
                        + percentiles("resolved_at") + ","
                        + " count(feedback_satisfaction),"
                        + " avg(feedback_satisfaction)::float8,"
                        + " avg(feedback_would_return::int)::float8,"
                        + " count(*) filter (where feedback_satisfaction = " + EXCELLENT + "),"
                        + " count(*) filter (where " + RATING_CHANGED + "),"
                        + " avg(rating - rating_at_resolution) filter (where " + RATING_CHANGED + ")::float8,"
                        + clockOutcomes("ack_due_at", "acknowledged_at", "decided.now") + ","
                        + clockOutcomes(
                                "private_contact_due_at", "moved_to_private_at", "coalesce(resolved_at, decided.now)")
                        + ","
                        + clockOutcomes("resolution_due_at", "resolved_at", "decided.now")
                        + " from complaint, (select ?::timestamptz as now) decided where " + filter.where(),
                statement -> {
                    statement.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
                    filter.set(statement, 2);
                },
                rows -> {
                    rows.next();
                    long complaints = rows.getLong(1);
                    long answers = rows.getLong(8);
                    Double customerExcellent = answers == 0 ? null : (double) rows.getLong(11) / answers;
                    return new InsightSummary(
                            period.from(),
                            period.to(),
                            channel,
                            location,
                            complaints,
                            byStatus,
                            byChannel,
                            complaints == 0 ? null : (double) rows.getLong(2) / complaints,
                            timeToStep(rows, 2),
                            timeToStep(rows, 4),
                            timeToStep(rows, 6),
                            new SlaMetShares(
                                    SlaMetShare.of(rows.getLong(14), rows.getLong(15)),
                                    SlaMetShare.of(rows.getLong(16), rows.getLong(17)),
                                    SlaMetShare.of(rows.getLong(18), rows.getLong(19))),
                            new SatisfactionFigures(answers, nullableDouble(rows, 9), nullableDouble(rows, 10)),
                            new RatingChange(rows.getLong(12), nullableDouble(rows, 13)),
                            new PerceptionGap(
                                    selfAssessed,
                                    customerExcellent,
                                    selfAssessed == null || customerExcellent == null
                                            ? null
                                            : selfAssessed - customerExcellent));
                });
    }

    /**
     * How many of a clock's complaints reached its step by the due time, and how many missed it:
     * reached late, or not reached while the due time passed before {@code decidedBy} (now, or
     * the resolution, after which an unreached clock no longer counts). Running and paused clocks
     * are in neither count.
     */
    private static String clockOutcomes(String due, String reached, String decidedBy) {
        return " count(*) filter (where " + reached + " <= " + due + "),"
                + " count(*) filter (where " + reached + " > " + due + " or (" + reached + " is null and " + due
                + " <= " + decidedBy + "))";
    }

    /** Median and 90th percentile of the seconds from receipt to {@code step} (nulls are left out). */
    private static String percentiles(String step) {
        return " percentile_cont(array[0.5, 0.9]) within group (order by extract(epoch from " + step
                + " - received_at)::float8)";
    }

    /** The count at {@code countColumn} and the percentiles in the column after it. */
    private static TimeToStep timeToStep(ResultSet rows, int countColumn) throws SQLException {
        long count = rows.getLong(countColumn);
        Array percentiles = rows.getArray(countColumn + 1);
        if (count == 0 || percentiles == null) {
            return new TimeToStep(count, null, null);
        }
        Double[] values = (Double[]) percentiles.getArray();
        return new TimeToStep(count, values[0], values[1]);
    }

    private static Double nullableDouble(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    /** The complaints of the summary: one workspace, one period, optionally one channel and location. */
    private record Filter(String workspace, Period period, Channel channel, String location) {

        String where() {
            List<String> conditions =
                    new ArrayList<>(List.of("workspace_id = ?", "received_at >= ?", "received_at < ?"));
            if (channel != null) {
                conditions.add("channel = ?");
            }
            if (location != null) {
                conditions.add("location = ?");
            }
            return String.join(" and ", conditions);
        }

        void set(PreparedStatement statement) throws SQLException {
            set(statement, 1);
        }

        /** Sets the filter's parameters from position {@code first} on. */
        void set(PreparedStatement statement, int first) throws SQLException {
            int i = first;
            statement.setString(i++, workspace);
            statement.setObject(i++, period.from().atOffset(ZoneOffset.UTC));
            statement.setObject(i++, period.to().atOffset(ZoneOffset.UTC));
            if (channel != null) {
                statement.setString(i++, channel.name());
            }
            if (location != null) {
                statement.setString(i, location);
            }
        }
    }
}
