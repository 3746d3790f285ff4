package dev.reviewflow.insight;

import java.sql.Array;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
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
 * Recurring terms of a period. The whole UTC days that the daily rollup covers ({@link
 * RollupCoverage}, {@link TermDayRollup}) are read from {@code insight_term_day} and {@code
 * insight_day}, the rest of the period (its partial days at the ends, stale days, the days since
 * the frontier) from complaint_term (see {@link PatternTerms}); each count adds the two, so the
 * report is the same whatever the split. Two queries: the top terms of the period; then, for those
 * terms only, their previous-period counts and the weekday x hour cells, locations and channels
 * where they concentrate.
 */
@ApplicationScoped
public class PatternService {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;

    /** Cells, locations and channels shown per term. */
    static final int TOP_PLACES = 5;

    private static final ZoneId UTC = ZoneId.of("UTC");

    /** Seconds in a slot of {@code insight_term_day}: a quarter-hour. */
    private static final int SLOT_SECONDS = 900;

    private static final String TOP_TERMS = "select term, sum(n)::bigint from ("
            + " select term, count(*) as n from complaint_term where workspace_id = ? and %s group by term"
            + " union all"
            + " select term, complaints from insight_term_day where workspace_id = ? and %s) t"
            + " group by term order by 2 desc, term limit ?";

    /**
     * The raw part's cells, channels and locations, and the rolled days', added up and ranked per
     * term. A rolled slot's cell is its UTC quarter of the week shifted by the zone's offset
     * (PostgreSQL's, as for the raw part), taken once per day, or per slot on a day whose offset
     * changes (the zone's offsets and changes fall on whole quarter-hours, see {@link #quarterHourly}).
     */
    private static final String PLACES = "with raw as ("
            + "   select term, grouping(weekday, hour) = 0 as is_cell, grouping(channel) = 0 as is_channel,"
            + "     weekday, hour, coalesce(channel, location) as value, count(*) as n"
            + "   from (select term, extract(isodow from local_at)::int as weekday, extract(hour from local_at)::int as hour,"
            + "       channel, location"
            + "     from (select term, timezone(?, received_at) as local_at, channel, location from complaint_term"
            + "       where workspace_id = ? and term = any(?) and %s) hits) h"
            + "   group by grouping sets ((term, weekday, hour), (term, channel), (term, location))),"
            + " wanted as (select term, n::int as term_no from unnest(?::text[]) with ordinality as w (term, n)),"
            + " rolled as ("
            + "   select w.term_no, t.day, t.slots, t.slot_complaints, t.channels, t.channel_complaints, t.locations,"
            + "     t.location_complaints"
            + "   from insight_term_day t join wanted w on w.term = t.term"
            + "   where t.workspace_id = ? and t.term = any(?) and %s),"
            + " days as materialized ("
            + "   select day, week_slot, (extract(epoch from at_start) / 900)::int as shift, at_start <> at_end as changes"
            + "   from (select day, (extract(isodow from day)::int - 1) * 96 as week_slot,"
            + "       timezone(?, day::timestamp at time zone 'UTC') - day::timestamp as at_start,"
            + "       timezone(?, (day + 1)::timestamp at time zone 'UTC') - (day + 1)::timestamp as at_end"
            + "     from (select distinct day from rolled) d) o),"
            + " rolled_cells as ("
            + "   select term_no, week_slot / 96 + 1 as weekday, mod(week_slot, 96) / 4 as hour, sum(n) as n"
            + "   from (select r.term_no, mod(d.week_slot + s.slot + 672 + case when d.changes"
            + "         then (extract(epoch from timezone(?, (r.day + s.slot * interval '15 minutes') at time zone 'UTC')"
            + "           - (r.day + s.slot * interval '15 minutes')) / 900)::int"
            + "         else d.shift end, 672) as week_slot, s.n"
            + "     from rolled r join days d on d.day = r.day"
            + "     cross join lateral unnest(r.slots, r.slot_complaints) as s (slot, n)) c"
            + "   group by 1, 2, 3),"
            + " places as ("
            + "   select term, case when is_cell then 'cell' when is_channel then 'channel' else 'location' end as kind,"
            + "     weekday, hour, value, n from raw where is_cell or value is not null"
            + "   union all"
            + "   select w.term, 'cell', weekday, hour, null, n from rolled_cells join wanted w using (term_no)"
            + "   union all"
            + "   select w.term, 'channel', null, null, value, n from wanted w join (select r.term_no, c.value, sum(c.n) as n"
            + "     from rolled r cross join lateral unnest(r.channels, r.channel_complaints) as c (value, n)"
            + "     group by 1, 2) c using (term_no)"
            + "   union all"
            + "   select w.term, 'location', null, null, value, n from wanted w join (select r.term_no, l.value, sum(l.n) as n"
            + "     from rolled r cross join lateral unnest(r.locations, r.location_complaints) as l (value, n)"
            + "     group by 1, 2) l using (term_no)),"
            + " ranked as ("
            + "   select term, kind, weekday, hour, value, sum(n)::bigint as n,"
            + "     row_number() over (partition by term, kind order by sum(n) desc, weekday, hour, value) as place"
            + "   from places group by term, kind, weekday, hour, value)"
            + " select term, kind, weekday, hour, value, n from ranked where place <= ?"
            + " union all"
            + " select term, 'previous', null, null, null, sum(n)::bigint from ("
            + "   select term, count(*) as n from complaint_term where workspace_id = ? and term = any(?) and %s"
            + "   group by term"
            + "   union all"
            + "   select term, complaints from insight_term_day where workspace_id = ? and term = any(?) and %s) p"
            + " group by term"
            + " order by 1, 2, 6 desc, 3, 4, 5";

    private final Caller caller;

    PatternService(Caller caller) {
        this.caller = caller;
    }

    public PatternReport patterns(Period period, int limit) {
        String workspace = caller.workspace();
        Instant previousFrom = period.from().minus(Duration.between(period.from(), period.to()));
        ZoneId zone = timeZone(workspace);
        // One read of the rollup's marks for both periods.
        RollupCoverage.Marks marks = RollupCoverage.marks(workspace, previousFrom, period.to());
        RollupCoverage current = quarterHourly(zone, period.from(), period.to())
                ? marks.coverage(period.from(), period.to())
                : RollupCoverage.none(period.from(), period.to());
        long complaints = complaints(workspace, current);
        Map<String, Long> counts = topTerms(workspace, current, limit);
        if (counts.isEmpty()) {
            return new PatternReport(period.from(), period.to(), previousFrom, zone.getId(), complaints, List.of());
        }
        RollupCoverage previous = marks.coverage(previousFrom, period.from());
        Map<String, Places> places = places(workspace, current, previous, zone, counts);
        List<Pattern> patterns = new ArrayList<>();
        counts.forEach((term, count) -> {
            Places where = places.getOrDefault(term, new Places());
            long change = count - where.previousCount;
            patterns.add(new Pattern(
                    term,
                    count,
                    complaints == 0 ? 0 : (double) count / complaints,
                    where.previousCount,
                    change,
                    where.previousCount == 0 ? null : (double) change / where.previousCount,
                    where.weekdayHours,
                    where.locations,
                    where.channels));
        });
        return new PatternReport(period.from(), period.to(), previousFrom, zone.getId(), complaints, patterns);
    }

    /**
     * Whether every offset of the zone in {@code [from, to)} is a whole number of quarter-hours and
     * changes only at the turn of a quarter-hour, never twice within a day: then each slot of the
     * rollup lies in one local hour, and a UTC day's offsets at its start and end tell whether it
     * changed. Every zone in use today qualifies; a period of another is read from complaint_term.
     */
    static boolean quarterHourly(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        if (rules.getOffset(from).getTotalSeconds() % SLOT_SECONDS != 0) {
            return false;
        }
        long previous = Long.MIN_VALUE / 2;
        for (ZoneOffsetTransition change = rules.nextTransition(from);
                change != null && change.getInstant().isBefore(to);
                change = rules.nextTransition(change.getInstant())) {
            long at = change.toEpochSecond();
            if (at % SLOT_SECONDS != 0
                    || change.getOffsetAfter().getTotalSeconds() % SLOT_SECONDS != 0
                    || at - previous <= Duration.ofDays(1).toSeconds()) {
                return false;
            }
            previous = at;
        }
        return true;
    }

    /** Where each term's complaints of the period are, and how many the previous period had. */
    private static final class Places {
        long previousCount;
        final List<PatternWeekdayHour> weekdayHours = new ArrayList<>();
        final List<PatternShare> locations = new ArrayList<>();
        final List<PatternShare> channels = new ArrayList<>();
    }

    /** The complaints of the period: counted in the raw part, summed from insight_day for the rolled days. */
    private static long complaints(String workspace, RollupCoverage coverage) {
        return TransactionSql.query(
                "select (select count(*) from complaint where workspace_id = ? and " + coverage.rawSpans("received_at")
                        + ") + (select coalesce(sum(complaints), 0) from insight_day where workspace_id = ? and "
                        + RollupCoverage.rolledDays() + ")",
                statement -> {
                    statement.setString(1, workspace);
                    int next = coverage.setRaw(statement, 2);
                    statement.setString(next, workspace);
                    coverage.setRolled(statement, next + 1);
                },
                rows -> {
                    rows.next();
                    return rows.getLong(1);
                });
    }

    private static Map<String, Long> topTerms(String workspace, RollupCoverage coverage, int limit) {
        Map<String, Long> counts = new LinkedHashMap<>();
        TransactionSql.query(
                TOP_TERMS.formatted(coverage.rawSpans("received_at"), RollupCoverage.rolledDays()),
                statement -> {
                    statement.setString(1, workspace);
                    int next = coverage.setRaw(statement, 2);
                    statement.setString(next, workspace);
                    next = coverage.setRolled(statement, next + 1);
                    statement.setInt(next, limit);
                },
                rows -> {
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getLong(2));
                    }
                    return null;
                });
        return counts;
    }

    private static Map<String, Places> places(
            String workspace, RollupCoverage current, RollupCoverage previous, ZoneId zone, Map<String, Long> counts) {
        Object[] terms = counts.keySet().toArray();
        String zoneName = postgresZone(zone);
        Map<String, Places> places = new HashMap<>();
        TransactionSql.query(
                PLACES.formatted(
                        current.rawSpans("received_at"),
                        RollupCoverage.rolledDays(),
                        previous.rawSpans("received_at"),
                        RollupCoverage.rolledDays()),
                statement -> {
                    Array termArray = statement.getConnection().createArrayOf("text", terms);
                    statement.setString(1, zoneName);
                    statement.setString(2, workspace);
                    statement.setArray(3, termArray);
                    int next = current.setRaw(statement, 4);
                    statement.setArray(next, termArray);
                    statement.setString(next + 1, workspace);
                    statement.setArray(next + 2, termArray);
                    next = current.setRolled(statement, next + 3);
                    for (int i = 0; i < 3; i++) {
                        statement.setString(next++, zoneName);
                    }
                    statement.setInt(next, TOP_PLACES);
                    statement.setString(next + 1, workspace);
                    statement.setArray(next + 2, termArray);
                    next = previous.setRaw(statement, next + 3);
                    statement.setString(next, workspace);
                    statement.setArray(next + 1, termArray);
                    previous.setRolled(statement, next + 2);
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
}
