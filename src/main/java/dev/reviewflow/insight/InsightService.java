package dev.reviewflow.insight;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

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
import dev.reviewflow.insight.api.SlaMetShares;
import dev.reviewflow.insight.api.TimeToStep;
import dev.reviewflow.security.Caller;

/**
 * The insights summary, computed by PostgreSQL in two aggregate queries, never by loading rows:
 * the counts and sums from the daily rollup ({@link InsightRollup}) for the whole days it holds
 * and from the complaints for the rest (served by the (workspace, received_at) indexes, with
 * channel or location); the percentiles exactly from the complaints for periods up to
 * {@link #EXACT_SPAN}, and from the rollup's histograms and the rest's for longer ones.
 */
@ApplicationScoped
public class InsightService {

    static final Duration DEFAULT_SPAN = Duration.ofDays(30);
    static final Duration MAX_SPAN = Duration.ofDays(400);

    /** The longest period whose percentiles are computed exactly from the complaints; longer ones take them from buckets. */
    static final Duration EXACT_SPAN = Duration.ofDays(31);

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
        boolean exact =
                !Duration.between(period.from(), period.to()).minus(EXACT_SPAN).isPositive();
        Filter filter =
                new Filter(workspace, RollupCoverage.read(workspace, period.from(), period.to()), channel, location);
        SummarySums sums = sums(filter);
        TimeToStep[] times = exact
                ? exactTimes(
                        new Filter(workspace, RollupCoverage.none(period.from(), period.to()), channel, location), sums)
                : bucketedTimes(filter, sums);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ComplaintStatus status : ComplaintStatus.values()) {
            byStatus.put(JsonEnums.wireName(status), sums.inStatus(status));
        }
        Map<String, Long> byChannel = new LinkedHashMap<>();
        sums.byChannel().forEach((c, count) -> byChannel.put(JsonEnums.wireName(c), count));
        Double selfAssessed = SelfAssessmentService.excellentShareOf(workspace);
        Double customerExcellent = sums.excellentShare();
        return new InsightSummary(
                period.from(),
                period.to(),
                channel,
                location,
                sums.complaints(),
                byStatus,
                byChannel,
                sums.complaints() == 0 ? null : (double) sums.acknowledged() / sums.complaints(),
                times[0],
                times[1],
                times[2],
                exact,
                new SlaMetShares(sums.slaMet("ack"), sums.slaMet("private_contact"), sums.slaMet("resolution")),
                new SatisfactionFigures(sums.feedbackAnswers(), sums.averageSatisfaction(), sums.wouldReturnShare()),
                new RatingChange(sums.ratingChanges(), sums.averageRatingChange()),
                new PerceptionGap(
                        selfAssessed,
                        customerExcellent,
                        selfAssessed == null || customerExcellent == null ? null : selfAssessed - customerExcellent));
    }

    /** The additive figures, per channel: from the complaints of the raw part, and from the rolled days. */
    private SummarySums sums(Filter filter) {
        StringBuilder sql = new StringBuilder("select channel, " + SummarySums.aggregates()
                + " from complaint, (select ?::timestamptz as now) decided where " + filter.where("received_at")
                + " group by channel");
        if (filter.coverage().rolled()) {
            sql.append(" union all select channel, ")
                    .append(SummarySums.sums())
                    .append(" from insight_day where workspace_id = ? and ")
                    .append(RollupCoverage.rolledDays())
                    .append(filter.channel() != null ? " and channel = ?" : "")
                    .append(filter.location() != null ? " and location = ?" : "")
                    .append(" group by channel");
        }
        SummarySums sums = new SummarySums();
        TransactionSql.query(
                sql.toString(),
                statement -> {
                    statement.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
                    int next = filter.set(statement, 2);
                    if (filter.coverage().rolled()) {
                        statement.setString(next++, filter.workspace());
                        next = filter.coverage().setRolled(statement, next);
                        filter.setChannelAndLocation(statement, next);
                    }
                },
                rows -> {
                    while (rows.next()) {
                        sums.add(Channel.valueOf(rows.getString(1)), rows, 2);
                    }
                    return null;
                });
        return sums;
    }

    /** Median and 90th percentile per step, exact (percentile_cont over the complaints). */
    private static TimeToStep[] exactTimes(Filter filter, SummarySums sums) {
        return TransactionSql.query(
                "select" + percentiles("acknowledged_at") + "," + percentiles("moved_to_private_at") + ","
                        + percentiles("resolved_at") + " from complaint where " + filter.where("received_at"),
                statement -> filter.set(statement, 1),
                rows -> {
                    rows.next();
                    long[] counts = sums.stepCounts();
                    TimeToStep[] times = new TimeToStep[3];
                    for (int i = 0; i < 3; i++) {
                        Array percentiles = rows.getArray(i + 1);
                        Double[] values = percentiles == null ? null : (Double[]) percentiles.getArray();
                        times[i] = counts[i] == 0 || values == null
                                ? new TimeToStep(counts[i], null, null)
                                : new TimeToStep(counts[i], values[0], values[1]);
                    }
                    return times;
                });
    }

    /**
     * Median and 90th percentile per step from histograms in logarithmic buckets
     * ({@link DurationBuckets}): the complaints of the raw part bucketed here, the rolled days'
     * buckets summed from insight_day_duration (the rows of the filter's dimension).
     */
    private static TimeToStep[] bucketedTimes(Filter filter, SummarySums sums) {
        StringBuilder sql = new StringBuilder("select s.step, " + DurationBuckets.sqlBucket("s.at") + ", count(*)"
                + " from complaint c cross join lateral " + SummaryDayRollup.STEPS + " where "
                + filter.where("c.received_at") + " and s.at is not null group by 1, 2");
        if (filter.coverage().rolled()) {
            sql.append(" union all select d.step, h.bucket, sum(h.complaints) from insight_day_duration d")
                    .append(" cross join lateral unnest(d.buckets, d.counts) as h(bucket, complaints)")
                    .append(" where workspace_id = ? and dimension = ? and ")
                    .append(filter.channel() != null ? "channel = ?" : "channel is null")
                    .append(filter.location() != null ? " and location = ?" : " and location is null")
                    .append(" and ")
                    .append(RollupCoverage.rolledDays())
                    .append(" group by 1, 2");
        }
        List<NavigableMap<Integer, Long>> histograms = List.of(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        TransactionSql.query(
                sql.toString(),
                statement -> {
                    int next = filter.set(statement, 1);
                    if (filter.coverage().rolled()) {
                        statement.setString(next++, filter.workspace());
                        statement.setShort(next++, (short)
                                ((filter.channel() != null ? 1 : 0) + (filter.location() != null ? 2 : 0)));
                        next = filter.setChannelAndLocation(statement, next);
                        filter.coverage().setRolled(statement, next);
                    }
                },
                rows -> {
                    while (rows.next()) {
                        histograms.get(rows.getInt(1) - 1).merge(rows.getInt(2), rows.getLong(3), Long::sum);
                    }
                    return null;
                });
        long[] counts = sums.stepCounts();
        TimeToStep[] times = new TimeToStep[3];
        for (int i = 0; i < 3; i++) {
            times[i] = new TimeToStep(
                    counts[i],
                    DurationBuckets.percentile(histograms.get(i), 0.5),
                    DurationBuckets.percentile(histograms.get(i), 0.9));
        }
        return times;
    }

    /** Median and 90th percentile of the seconds from receipt to {@code step} (nulls are left out). */
    private static String percentiles(String step) {
        return " percentile_cont(array[0.5, 0.9]) within group (order by extract(epoch from " + step
                + " - received_at)::float8)";
    }

    /**
     * The complaints of the summary read from the table: one workspace, the raw part of the
     * period, optionally one channel and location.
     */
    private record Filter(String workspace, RollupCoverage coverage, Channel channel, String location) {

        String where(String receivedAt) {
            List<String> conditions = new ArrayList<>(List.of("workspace_id = ?", coverage.rawSpans(receivedAt)));
            if (channel != null) {
                conditions.add("channel = ?");
            }
            if (location != null) {
                conditions.add("location = ?");
            }
            return String.join(" and ", conditions);
        }

        /** Sets the parameters of {@link #where} from position {@code first} on; returns the next position. */
        int set(PreparedStatement statement, int first) throws SQLException {
            statement.setString(first, workspace);
            return setChannelAndLocation(statement, coverage.setRaw(statement, first + 1));
        }

        int setChannelAndLocation(PreparedStatement statement, int first) throws SQLException {
            int i = first;
            if (channel != null) {
                statement.setString(i++, channel.name());
            }
            if (location != null) {
                statement.setString(i++, location);
            }
            return i;
        }
    }
}
