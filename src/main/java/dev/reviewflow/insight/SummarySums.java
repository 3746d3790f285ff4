package dev.reviewflow.insight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.reviewflow.complaint.Channel;
import dev.reviewflow.complaint.ComplaintStatus;

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

    private static final int STATUS_FIRST = 1;
    private static final int ACKNOWLEDGED = STATUS_FIRST + ComplaintStatus.values().length;
    private static final int MOVED_TO_PRIVATE = ACKNOWLEDGED + 1;
    private static final int RESOLVED = ACKNOWLEDGED + 2;
    private static final int FEEDBACK_ANSWERS = ACKNOWLEDGED + 3;
    private static final int SATISFACTION_SUM = ACKNOWLEDGED + 4;
    private static final int WOULD_RETURN_ANSWERS = ACKNOWLEDGED + 5;
    private static final int WOULD_RETURN_YES = ACKNOWLEDGED + 6;
    private static final int EXCELLENT_ANSWERS = ACKNOWLEDGED + 7;
    private static final int RATING_CHANGES = ACKNOWLEDGED + 8;
    private static final int RATING_CHANGE_SUM = ACKNOWLEDGED + 9;
    private static final int CLOCKS_FIRST = ACKNOWLEDGED + 10;

    private static List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("complaints", "count(*)"));
        for (ComplaintStatus status : ComplaintStatus.values()) {
            figures.add(new Figure(
                    "status_" + status.name().toLowerCase(Locale.ROOT),
                    "count(*) filter (where status = '" + status.name() + "')"));
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
        return total[0];
    }

    long inStatus(ComplaintStatus status) {
        return total[STATUS_FIRST + status.ordinal()];
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
        return total[ACKNOWLEDGED];
    }

    long movedToPrivate() {
        return total[MOVED_TO_PRIVATE];
    }

    long resolved() {
        return total[RESOLVED];
    }

    long feedbackAnswers() {
        return total[FEEDBACK_ANSWERS];
    }

    Double averageSatisfaction() {
        return ratio(total[SATISFACTION_SUM], total[FEEDBACK_ANSWERS]);
    }

    Double wouldReturnShare() {
        return ratio(total[WOULD_RETURN_YES], total[WOULD_RETURN_ANSWERS]);
    }

    Double excellentShare() {
        return ratio(total[EXCELLENT_ANSWERS], total[FEEDBACK_ANSWERS]);
    }

    long ratingChanges() {
        return total[RATING_CHANGES];
    }

    Double averageRatingChange() {
        return ratio(total[RATING_CHANGE_SUM], total[RATING_CHANGES]);
    }

    /** Met and missed of the clock at {@code index} (0 acknowledgement, 1 private contact, 2 resolution). */
    long[] clock(int index) {
        return new long[] {total[CLOCKS_FIRST + 2 * index], total[CLOCKS_FIRST + 2 * index + 1]};
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
