package dev.reviewflow.insight;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.reviewflow.common.persistence.TransactionSql;

/**
 * Which part of a period the daily rollups answer (whole UTC days behind the workspace's frontier
 * and not stale, see {@link InsightRollup}) and which part is read from the complaints themselves
 * (the rest: the partial days at the ends, stale days, and the days since the frontier).
 */
final class RollupCoverage {

    /** A span of time read from the complaints, {@code [from, to)}. */
    record Span(Instant from, Instant to) {}

    private final LocalDate first;
    private final LocalDate until;
    private final List<LocalDate> stale;
    private final List<Span> raw;

    private RollupCoverage(LocalDate first, LocalDate until, List<LocalDate> stale, List<Span> raw) {
        this.first = first;
        this.until = until;
        this.stale = stale;
        this.raw = raw;
    }

    /** No rollup: the whole period is read from the complaints. */
    static RollupCoverage none(Instant from, Instant to) {
        return new RollupCoverage(LocalDate.EPOCH, LocalDate.EPOCH, List.of(), List.of(new Span(from, to)));
    }

    /** The workspace's frontier (null: nothing rolled up yet) and its stale days within a span of time. */
    record Marks(LocalDate frontier, List<LocalDate> stale) {

        /** The coverage of {@code [from, to)}, within the span the marks were read for. */
        RollupCoverage coverage(Instant from, Instant to) {
            return frontier == null ? none(from, to) : of(from, to, frontier, stale);
        }
    }

    /** The coverage of {@code [from, to)} as the workspace's frontier and stale marks stand now. */
    static RollupCoverage read(String workspace, Instant from, Instant to) {
        return marks(workspace, from, to).coverage(from, to);
    }

    /**
     * The frontier and the stale marks of {@code [from, to)} as they stand now, for the coverage of
     * several periods within it from one read.
     */
    static Marks marks(String workspace, Instant from, Instant to) {
        LocalDate frontier = TransactionSql.query(
                "select rolled_until from insight_rollup_frontier where workspace_id = ?",
                statement -> statement.setString(1, workspace),
                rows -> rows.next() ? rows.getObject(1, LocalDate.class) : null);
        if (frontier == null) {
            return new Marks(null, List.of());
        }
        List<LocalDate> stale = TransactionSql.query(
                "select day from insight_stale_day where workspace_id = ? and day >= ? and day <= ?",
                statement -> {
                    statement.setString(1, workspace);
                    statement.setObject(2, day(from));
                    statement.setObject(3, day(to));
                },
                rows -> {
                    List<LocalDate> days = new ArrayList<>();
                    while (rows.next()) {
                        days.add(rows.getObject(1, LocalDate.class));
                    }
                    return days;
                });
        return new Marks(frontier, stale);
    }

    /**
     * The coverage of {@code [from, to)}: the whole days of it before {@code frontier} and not in
     * {@code stale} from the rollups, the rest from the complaints.
     */
    static RollupCoverage of(Instant from, Instant to, LocalDate frontier, List<LocalDate> stale) {
        LocalDate firstWhole = day(from.minusNanos(1)).plusDays(1);
        LocalDate until = day(to).isBefore(frontier) ? day(to) : frontier;
        if (!firstWhole.isBefore(until)) {
            return none(from, to);
        }
        List<LocalDate> staleRolled = stale.stream()
                .filter(day -> !day.isBefore(firstWhole) && day.isBefore(until))
                .sorted()
                .distinct()
                .toList();
        List<Span> raw = new ArrayList<>();
        add(raw, from, start(firstWhole));
        for (LocalDate day : staleRolled) {
            add(raw, start(day), start(day.plusDays(1)));
        }
        add(raw, start(until), to);
        return new RollupCoverage(firstWhole, until, staleRolled, merge(raw));
    }

    /** Whether any day comes from the rollups. */
    boolean rolled() {
        return first.isBefore(until) && stale.size() < until.toEpochDay() - first.toEpochDay();
    }

    /** The condition on a rollup's {@code day} column: the rolled days; parameters set by {@link #setRolled}. */
    static String rolledDays() {
        return "day >= ? and day < ? and day <> all(?)";
    }

    int setRolled(PreparedStatement statement, int first) throws SQLException {
        statement.setObject(first, this.first);
        statement.setObject(first + 1, until);
        statement.setArray(first + 2, statement.getConnection().createArrayOf("date", stale.toArray()));
        return first + 3;
    }

    /** The condition on {@code column} (a receipt time) for the part read from the complaints. */
    String rawSpans(String column) {
        if (raw.isEmpty()) {
            return "false";
        }
        List<String> spans = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            spans.add("(" + column + " >= ? and " + column + " < ?)");
        }
        return "(" + String.join(" or ", spans) + ")";
    }

    int setRaw(PreparedStatement statement, int first) throws SQLException {
        int i = first;
        for (Span span : raw) {
            statement.setObject(i++, span.from().atOffset(ZoneOffset.UTC));
            statement.setObject(i++, span.to().atOffset(ZoneOffset.UTC));
        }
        return i;
    }

    List<Span> raw() {
        return raw;
    }

    private static void add(List<Span> spans, Instant from, Instant to) {
        if (from.isBefore(to)) {
            spans.add(new Span(from, to));
        }
    }

    /** Joins spans that touch; they come in order and do not overlap. */
    private static List<Span> merge(List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            Span last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && !span.from().isAfter(last.to())) {
                merged.set(merged.size() - 1, new Span(last.from(), span.to()));
            } else {
                merged.add(span);
            }
        }
        return List.copyOf(merged);
    }

    private static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
