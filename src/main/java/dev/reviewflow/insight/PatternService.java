package dev.reviewflow.insight;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.common.persistence.TransactionSql;
import dev.reviewflow.complaint.Channel;
import dev.reviewflow.insight.InsightService.Period;
import dev.reviewflow.insight.api.Pattern;
import dev.reviewflow.insight.api.PatternReport;
import dev.reviewflow.insight.api.PatternShare;
import dev.reviewflow.insight.api.PatternWeekdayHour;
import dev.reviewflow.security.Caller;

/**
 * Recurring terms of a period, computed by PostgreSQL from complaint_term (see {@link PatternTerms})
 * in two queries: the top terms of the period, counted from the (workspace, received_at, term)
 * index; then, for those terms only, their previous-period counts and the weekday x hour cells,
 * locations and channels where they concentrate, read from the (workspace, term, received_at) index.
 */
@ApplicationScoped
public class PatternService {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;

    /** Cells, locations and channels shown per term. */
    static final int TOP_PLACES = 5;

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final Caller caller;

    PatternService(Caller caller) {
        this.caller = caller;
    }

    public PatternReport patterns(Period period, int limit) {
        String workspace = caller.workspace();
        Instant previousFrom = period.from().minus(Duration.between(period.from(), period.to()));
        ZoneId zone = timeZone(workspace);
        long[] complaints = new long[1];
        Map<String, Long> counts = new LinkedHashMap<>();
        TransactionSql.query(
                "select (select count(*) from complaint where workspace_id = ? and received_at >= ? and received_at < ?),"
                        + " term, count(*) from complaint_term"
                        + " where workspace_id = ? and received_at >= ? and received_at < ?"
                        + " group by term order by count(*) desc, term limit ?",
                statement -> {
                    setPeriod(statement, 1, workspace, period.from(), period.to());
                    setPeriod(statement, 4, workspace, period.from(), period.to());
                    statement.setInt(7, limit);
                },
                rows -> {
                    while (rows.next()) {
                        complaints[0] = rows.getLong(1);
                        counts.put(rows.getString(2), rows.getLong(3));
                    }
                    return null;
                });
        if (counts.isEmpty()) {
            return new PatternReport(
                    period.from(), period.to(), previousFrom, zone.getId(), complaintsIn(workspace, period), List.of());
        }
        Map<String, Places> places = places(workspace, period, previousFrom, zone, counts);
        List<Pattern> patterns = new ArrayList<>();
        counts.forEach((term, count) -> {
            Places where = places.getOrDefault(term, new Places());
            long change = count - where.previousCount;
            patterns.add(new Pattern(
                    term,
                    count,
                    complaints[0] == 0 ? 0 : (double) count / complaints[0],
                    where.previousCount,
                    change,
                    where.previousCount == 0 ? null : (double) change / where.previousCount,
                    where.weekdayHours,
                    where.locations,
                    where.channels));
        });
        return new PatternReport(period.from(), period.to(), previousFrom, zone.getId(), complaints[0], patterns);
    }

    /** Where each term's complaints of the period are, and how many the previous period had. */
    private static final class Places {
        long previousCount;
        final List<PatternWeekdayHour> weekdayHours = new ArrayList<>();
        final List<PatternShare> locations = new ArrayList<>();
        final List<PatternShare> channels = new ArrayList<>();
    }

    private static Map<String, Places> places(
            String workspace, Period period, Instant previousFrom, ZoneId zone, Map<String, Long> counts) {
        Object[] terms = counts.keySet().toArray();
        Map<String, Places> places = new HashMap<>();
        TransactionSql.query(
                "with hits as ("
                        + "   select term, timezone(?, received_at) as local_at, channel, location from complaint_term"
                        + "   where workspace_id = ? and received_at >= ? and received_at < ? and term = any(?)),"
                        + " grouped as ("
                        + "   select term, grouping(weekday, hour) = 0 as is_cell, grouping(channel) = 0 as is_channel,"
                        + "     weekday, hour, channel, location, count(*) as n"
                        + "   from (select term, extract(isodow from local_at)::int as weekday,"
                        + "           extract(hour from local_at)::int as hour, channel, location from hits) h"
                        + "   group by grouping sets ((term, weekday, hour), (term, channel), (term, location))),"
                        + " ranked as ("
                        + "   select *, row_number() over (partition by term, is_cell, is_channel"
                        + "     order by n desc, weekday, hour, channel, location) as place"
                        + "   from grouped where is_cell or is_channel or location is not null)"
                        + " select term, case when is_cell then 'cell' when is_channel then 'channel' else 'location' end,"
                        + "   weekday, hour, coalesce(channel, location), n from ranked where place <= ?"
                        + " union all"
                        + " select term, 'previous', null, null, null, count(*) from complaint_term"
                        + " where workspace_id = ? and received_at >= ? and received_at < ? and term = any(?)"
                        + " group by term"
                        + " order by 1, 2, 6 desc, 3, 4, 5",
                statement -> {
                    statement.setString(1, postgresZone(zone));
                    setPeriod(statement, 2, workspace, period.from(), period.to());
                    statement.setArray(5, statement.getConnection().createArrayOf("text", terms));
                    statement.setInt(6, TOP_PLACES);
                    setPeriod(statement, 7, workspace, previousFrom, period.from());
                    statement.setArray(10, statement.getConnection().createArrayOf("text", terms));
                },
                rows -> {
                    while (rows.next()) {
                        String term = rows.getString(1);
                        Places where = places.computeIfAbsent(term, t -> new Places());
                        long n = rows.getLong(6);
                        double share = (double) n / counts.get(term);
                        switch (rows.getString(2)) {
                            case "previous" -> where.previousCount = n;
                            case "cell" ->
                                where.weekdayHours.add(new PatternWeekdayHour(
                                        DayOfWeek.of(rows.getInt(3)).name().toLowerCase(Locale.ROOT),
                                        rows.getInt(4),
                                        n,
                                        share));
                            case "channel" ->
                                where.channels.add(new PatternShare(
                                        JsonEnums.wireName(Channel.valueOf(rows.getString(5))), n, share));
                            default -> where.locations.add(new PatternShare(rows.getString(5), n, share));
                        }
                    }
                    return null;
                });
        return places;
    }

    private static long complaintsIn(String workspace, Period period) {
        return TransactionSql.query(
                "select count(*) from complaint where workspace_id = ? and received_at >= ? and received_at < ?",
                statement -> setPeriod(statement, 1, workspace, period.from(), period.to()),
                rows -> {
                    rows.next();
                    return rows.getLong(1);
                });
    }

    /**
     * The zone of the workspace's current SLA calendar; UTC when it runs around the clock (no
     * zone) or the workspace has no policy of its own.
     */
    private static ZoneId timeZone(String workspace) {
        String name = TransactionSql.query(
                "select definition->'calendar'->>'timeZone' from sla_policy where workspace_id = ?"
                        + " order by effective_from desc, id desc limit 1",
                statement -> statement.setString(1, workspace),
                rows -> rows.next() ? rows.getString(1) : null);
        if (name == null) {
            return UTC;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            // Stored only after validation; a zone this JVM no longer knows counts as UTC.
            return UTC;
        }
    }

    /**
     * The zone as PostgreSQL's timezone() takes it: a region by its IANA name; a fixed offset as a
     * POSIX rule, whose sign is the other way round ("UTC+03:00" is "<+03:00>-03:00").
     */
    static String postgresZone(ZoneId zone) {
        if (zone.normalized() instanceof ZoneOffset offset) {
            String id = offset.getId().equals("Z") ? "+00:00" : offset.getId();
            String inverted =
                    ZoneOffset.ofTotalSeconds(-offset.getTotalSeconds()).getId();
            return "<" + id + ">" + (inverted.equals("Z") ? "+00:00" : inverted);
        }
        return zone.getId();
    }

    private static void setPeriod(PreparedStatement statement, int first, String workspace, Instant from, Instant to)
            throws SQLException {
        statement.setString(first, workspace);
        statement.setObject(first + 1, from.atOffset(ZoneOffset.UTC));
        statement.setObject(first + 2, to.atOffset(ZoneOffset.UTC));
    }
}
