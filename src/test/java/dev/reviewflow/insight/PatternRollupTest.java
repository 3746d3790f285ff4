package dev.reviewflow.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Patterns read from the daily rollup ({@link TermDayRollup}) for the whole days of a period and
 * from complaint_term for the rest answer exactly what complaint_term alone answers: in zones with
 * half-hour and quarter-hour offsets, across a change to summer time, and right after a change to
 * a complaint of a rolled day.
 */
@QuarkusTest
class PatternRollupTest {

    /** Partial days at both ends; Adelaide moves to summer time within (3 October 2026, 16:30 UTC). */
    private static final Instant FROM = Instant.parse("2026-09-28T09:17:00Z");

    private static final Instant TO = Instant.parse("2026-10-09T14:42:00Z");
    private static final Instant PREVIOUS_FROM = FROM.minus(Duration.between(FROM, TO));
    private static final String PERIOD = "?from=" + FROM + "&to=" + TO + "&limit=50";

    private static final ZoneId ADELAIDE = ZoneId.of("Australia/Adelaide");

    /** Around the change in Adelaide (+09:30 to +10:30): both sides of it, and the quarter-hours at it. */
    private static final List<Instant> DRIZZLE = List.of(
            Instant.parse("2026-10-03T15:59:59Z"),
            Instant.parse("2026-10-03T16:14:00Z"),
            Instant.parse("2026-10-03T16:29:59Z"),
            Instant.parse("2026-10-03T16:30:00Z"),
            Instant.parse("2026-10-03T16:44:59Z"),
            Instant.parse("2026-10-03T16:45:00Z"),
            Instant.parse("2026-10-03T17:10:00Z"),
            Instant.parse("2026-10-02T23:50:00Z"));

    private static final List<String> SENTENCES = List.of(
            "The soup was cold and the bread stale",
            "Waited an hour for a table, staff rude",
            "The delivery was late and the pizza cold",
            "Wrong order again, fries missing",
            "Music too loud, could not talk",
            "Charged twice for the burger",
            "The table was dirty and the glasses sticky",
            "Booking lost, had to leave");

    private static final List<String> LOCATIONS = List.of("Harbour", "Centre", "Old Town", "");
    private static final List<String> CHANNELS = List.of("google", "yelp", "tripadvisor", "facebook");
    private static final List<List<String>> TAGS = List.of(List.of(), List.of("delivery"), List.of("food", "cold"));

    @Inject
    InsightRollup rollup;

    private String workspace;
    private String key;
    private final List<String> ids = new ArrayList<>();
    private final List<Instant> times = new ArrayList<>();

    @BeforeEach
    void freshWorkspace() {
        workspace = Api.newWorkspace();
        key = Api.newKey(workspace, Api.ALL_SCOPES);
    }

    @Test
    void rolledDaysGiveTheSameReportInEveryZone() {
        generate(240, 5);
        for (Instant at : DRIZZLE) {
            add(ingest("Drizzle through the roof", "Harbour", "yelp", List.of()), at);
        }
        plantTimes();
        List<String> zones =
                List.of("UTC", "Australia/Adelaide", "Asia/Kathmandu", "America/St_Johns", "Europe/Bucharest");
        Map<String, String> raw = new LinkedHashMap<>();
        for (String zone : zones) {
            calendarIn(zone);
            raw.put(zone, report(PERIOD));
        }
        assertEquals(0, count("select count(*) from insight_term_day where workspace_id = ?"), "nothing rolled yet");

        rollup.catchUp();

        LocalDate frontier = LocalDate.parse(
                Sql.queryOne("select rolled_until from insight_rollup_frontier where workspace_id = ?", workspace));
        assertTrue(frontier.isAfter(LocalDate.of(2026, 10, 9)), "rolled until " + frontier);
        assertTrue(count("select count(*) from insight_term_day where workspace_id = ?") > 0);
        for (String zone : zones) {
            calendarIn(zone);
            assertEquals(raw.get(zone), report(PERIOD), zone);
        }

        // The drizzle cells in Adelaide, by hand: Sunday 01:xx before the change, 03:xx after it.
        Map<String, Integer> expected = new TreeMap<>();
        for (Instant at : DRIZZLE) {
            ZonedDateTime local = at.atZone(ADELAIDE);
            expected.merge(
                    local.getDayOfWeek().name().toLowerCase(Locale.ROOT) + " " + local.getHour(), 1, Integer::sum);
        }
        assertEquals(Map.of("saturday 9", 1, "sunday 1", 3, "sunday 3", 4), expected);
        calendarIn("Australia/Adelaide");
        assertEquals(expected, cells(JsonPath.from(report(PERIOD)), "drizzl"));

        // The whole days now come from the rollup alone: without their complaint_term rows, the same report.
        int removed = Sql.update(
                "delete from complaint_term where workspace_id = ? and received_at >= ?::timestamptz"
                        + " and received_at < ?::timestamptz and (received_at at time zone 'UTC')::date <> ?::date",
                workspace,
                startOfDay(PREVIOUS_FROM.plus(Duration.ofDays(1))).toString(),
                startOfDay(TO).toString(),
                FROM.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        assertTrue(removed > 500, removed + " term rows");
        assertEquals(raw.get("Australia/Adelaide"), report(PERIOD));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangeToARolledDayIsReadAtOnceAndRolledAgain() {
        calendarIn("Europe/Bucharest");
        generate(60, 9);
        String changed = ingest("The soup was cold", "Harbour", "google", List.of());
        add(changed, Instant.parse("2026-10-05T12:00:00Z"));
        plantTimes();
        rollup.catchUp();
        String rolled = report(PERIOD);
        assertFalse(rolled.contains("#kitchen"));

        Api.as(key)
                .contentType("application/merge-patch+json")
                .body(Map.of("tags", List.of("kitchen"), "location", "Airport"))
                .patch("/v1/complaints/" + changed)
                .then()
                .statusCode(200);
        assertEquals(
                1,
                count("select count(*) from insight_stale_day where workspace_id = ? and day = date '2026-10-05'"),
                "the day is stale");
        String afterChange = report(PERIOD);
        Map<String, Object> kitchen = pattern(JsonPath.from(afterChange), "#kitchen");
        assertEquals(1, ((Number) kitchen.get("count")).intValue(), afterChange);
        assertEquals(
                "Airport",
                ((List<Map<String, Object>>) kitchen.get("locations"))
                        .getFirst()
                        .get("value"));
        assertNotEquals(rolled, afterChange);

        rollup.catchUp();
        assertEquals(
                0, count("select count(*) from insight_stale_day where workspace_id = ?"), "the day is rolled again");
        assertEquals(afterChange, report(PERIOD));

        // And what complaint_term alone answers, without any rollup.
        Sql.update("delete from insight_rollup_frontier where workspace_id = ?", workspace);
        assertEquals(afterChange, report(PERIOD));
    }

    @Test
    void quarterHourlyZonesAreTheOnesTheRollupServes() {
        assertTrue(PatternService.quarterHourly(ADELAIDE, PREVIOUS_FROM, TO));
        assertTrue(PatternService.quarterHourly(ZoneId.of("Asia/Kathmandu"), PREVIOUS_FROM, TO));
        assertTrue(PatternService.quarterHourly(ZoneOffset.ofHoursMinutes(-3, -30), PREVIOUS_FROM, TO));
        // Liberia kept -00:44:30 until 1972; Kathmandu moved from +05:30 to +05:45 in 1986.
        assertFalse(PatternService.quarterHourly(
                ZoneId.of("Africa/Monrovia"),
                Instant.parse("1971-01-01T00:00:00Z"),
                Instant.parse("1971-06-01T00:00:00Z")));
        assertFalse(PatternService.quarterHourly(ZoneOffset.ofHoursMinutes(5, 20), PREVIOUS_FROM, TO));
    }

    /** Complaints from the previous period's start to after the period's end, at random times. */
    private void generate(int complaints, long seed) {
        Random random = new Random(seed);
        Instant first = PREVIOUS_FROM.minus(Duration.ofHours(20));
        long span = Duration.between(first, TO.plus(Duration.ofHours(20))).toSeconds();
        for (int i = 0; i < complaints; i++) {
            String location = LOCATIONS.get(random.nextInt(LOCATIONS.size()));
            add(
                    ingest(
                            SENTENCES.get(random.nextInt(SENTENCES.size())),
                            location.isEmpty() ? null : location,
                            CHANNELS.get(random.nextInt(CHANNELS.size())),
                            TAGS.get(random.nextInt(TAGS.size()))),
                    first.plusSeconds(random.nextLong(span)));
        }
        // At the very ends of the period and of its whole days.
        add(ingest("Cold soup at the start", "Centre", "google", List.of()), FROM);
        add(ingest("Cold soup just after", "Centre", "google", List.of()), TO.minusNanos(1_000));
        add(ingest("Cold soup at the end", "Centre", "google", List.of()), TO);
        add(ingest("Cold soup at midnight", "Centre", "google", List.of()), startOfDay(TO));
        add(
                ingest("Cold soup before midnight", "Centre", "google", List.of()),
                startOfDay(TO).minusNanos(1_000));
    }

    private void add(String id, Instant at) {
        ids.add(id);
        times.add(at);
    }

    private String ingest(String body, String location, String channel, List<String> tags) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("language", "en");
        overrides.put("body", body);
        overrides.put("channel", channel);
        overrides.put("tags", tags);
        if (location != null) {
            overrides.put("location", location);
        }
        return Api.newComplaintAs(key, overrides);
    }

    /** Moves each complaint, and its terms, to its time of receipt (the trigger marks the days stale). */
    private void plantTimes() {
        PatternTest.plantTimes(ids, times);
    }

    private void calendarIn(String zone) {
        PatternTest.calendarIn(key, workspace, zone, List.of("monday"));
    }

    private String report(String query) {
        return Api.as(key)
                .get("/v1/insights/patterns" + query)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private int count(String sql) {
        return Integer.parseInt(Sql.queryOne(sql, workspace));
    }

    private static Instant startOfDay(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static Map<String, Object> pattern(JsonPath report, String term) {
        List<Map<String, Object>> patterns = report.getList("patterns");
        return patterns.stream()
                .filter(pattern -> term.equals(pattern.get("term")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(term + " missing from " + report.prettify()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> cells(JsonPath report, String term) {
        Map<String, Integer> cells = new TreeMap<>();
        for (Map<String, Object> cell :
                (List<Map<String, Object>>) pattern(report, term).get("weekdayHours")) {
            cells.put(cell.get("weekday") + " " + cell.get("hour"), ((Number) cell.get("count")).intValue());
        }
        return cells;
    }
}
