package dev.reviewflow.insight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.reviewflow.complaint.Channel;
import dev.reviewflow.complaint.ComplaintStatus;
import dev.reviewflow.insight.api.SlaMetShare;

/**
 * The additive figures of the insights summary: counts and sums that add up across days,
 * channels and locations. Each is one column of {@code insight_day} and one aggregate over the
 * complaints, so that the rollup stores exactly what a summary of the complaints themselves
 * computes, and a summary adds the two up per channel.
 */
final class SummarySums {

    /** The satisfaction the perception gap counts as "excellent". */
    static final int EXCELLENT = 5;

    private static final String RATING_CHANGED =
            "rating_at_resolution is not null and rating is not null and rating <> rating_at_resolution";

    private record Figure(String column, String aggregate) {}

    private static final List<Figure> FIGURES = figures();

    /** Each figure's position in {@link #FIGURES}, by its column. */
    private static final Map<String, Integer> POSITIONS = IntStream.range(0, FIGURES.size())
            .boxed()
            .collect(Collectors.toUnmodifiableMap(i -> FIGURES.get(i).column(), i -> i));

    private static List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("complaints", "count(*)"));
        for (ComplaintStatus status : ComplaintStatus.values()) {
            figures.add(new Figure(statusColumn(status), "count(*) filter (where status = '" + status.name() + "')"));
        }
        figures.add(new Figure("acknowledged", "count(acknowledged_at)"));
        figures.add(new Figure("moved_to_private", "count(moved_to_private_at)"));
        figures.add(new Figure("resolved", "count(resolved_at)"));
        figures.add(new Figure("feedback_answers", "count(feedback_satisfaction)"));
        figures.add(new Figure("satisfaction_sum", "coalesce(sum(feedback_satisfaction), 0)"));
        figures.add(new Figure("would_return_answers", "count(feedback_would_return)"));
        figures.add(new Figure("would_return_yes", "count(*) filter (where feedback_would_return)"));
        figures.add(new Figure("excellent", "count(*) filter (where feedback_satisfaction = " + EXCELLENT + ")"));
        figures.add(new Figure("rating_changes", "count(*) filter (where " + RATING_CHANGED + ")"));
        figures.add(new Figure(
                "rating_change_sum",
                "coalesce(sum(rating - rating_at_resolution) filter (where " + RATING_CHANGED + "), 0)"));
        addClock(figures, "ack", "ack_due_at", "acknowledged_at", "decided.now");
        addClock(
                figures,
                "private_contact",
                "private_contact_due_at",
                "moved_to_private_at",
                "coalesce(resolved_at, decided.now)");
        addClock(figures, "resolution", "resolution_due_at", "resolved_at", "decided.now");
        return List.copyOf(figures);
    }

    /**
     * How many of a clock's complaints reached its step by the due time, and how many missed it:
     * reached late, or not reached while the due time passed before {@code decidedBy} (now, or
     * the resolution, after which an unreached clock no longer counts). Running and paused clocks
     * are in neither count.
     */
    private static void addClock(List<Figure> figures, String clock, String due, String reached, String decidedBy) {
        figures.add(new Figure(clock + "_met", "count(*) filter (where " + reached + " <= " + due + ")"));
        figures.add(new Figure(
                clock + "_missed",
                "count(*) filter (where " + reached + " > " + due + " or (" + reached + " is null and " + due + " <= "
                        + decidedBy + "))"));
    }

    private static String statusColumn(ComplaintStatus status) {
        return "status_" + status.name().toLowerCase(Locale.ROOT);
    }

    /** The columns of insight_day that hold the figures, in order. */
    static String columns() {
        return FIGURES.stream().map(Figure::column).collect(Collectors.joining(", "));
    }

    /**
     * The figures as aggregates over complaints: for a {@code from complaint, (select ?::timestamptz
     * as now) decided} whose parameter is the time now.
     */
    static String aggregates() {
        return FIGURES.stream().map(Figure::aggregate).collect(Collectors.joining(", "));
    }

    /** The figures summed over rows of insight_day. */
    static String sums() {
        return FIGURES.stream().map(f -> "sum(" + f.column() + ")").collect(Collectors.joining(", "));
    }

    private final long[] total = new long[FIGURES.size()];
    private final Map<Channel, Long> byChannel = new LinkedHashMap<>();

    /** Adds one channel's figures, read from {@code first} on in the current row. */
    void add(Channel channel, ResultSet row, int first) throws SQLException {
        for (int i = 0; i < total.length; i++) {
            total[i] += row.getLong(first + i);
        }
        byChannel.merge(channel, row.getLong(first), Long::sum);
    }

    long complaints() {
        return sum("complaints");
    }

    long inStatus(ComplaintStatus status) {
        return sum(statusColumn(status));
    }

    /** Complaints per channel, the channels with complaints only, in the order of {@link Channel}. */
    Map<Channel, Long> byChannel() {
        Map<Channel, Long> counts = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            long count = byChannel.getOrDefault(channel, 0L);
            if (count > 0) {
                counts.put(channel, count);
            }
        }
        return counts;
    }

    long acknowledged() {
        return sum("acknowledged");
    }

    /** The complaints that took each step: acknowledgement, private contact, resolution. */
    long[] stepCounts() {
        return new long[] {sum("acknowledged"), sum("moved_to_private"), sum("resolved")};
    }

    long feedbackAnswers() {
        return sum("feedback_answers");
    }

    Double averageSatisfaction() {
        return ratio(sum("satisfaction_sum"), sum("feedback_answers"));
    }

    Double wouldReturnShare() {
        return ratio(sum("would_return_yes"), sum("would_return_answers"));
    }

    Double excellentShare() {
        return ratio(sum("excellent"), sum("feedback_answers"));
    }

    long ratingChanges() {
        return sum("rating_changes");
    }

    Double averageRatingChange() {
        return ratio(sum("rating_change_sum"), sum("rating_changes"));
    }

    /** Met and missed of a clock: {@code ack}, {@code private_contact} or {@code resolution}. */
    SlaMetShare slaMet(String clock) {
        return SlaMetShare.of(sum(clock + "_met"), sum(clock + "_missed"));
    }

    private long sum(String column) {
        return total[POSITIONS.get(column)];
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
