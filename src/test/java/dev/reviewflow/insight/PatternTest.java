package dev.reviewflow.insight;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Patterns on a generated multilingual data set in a fresh workspace whose SLA calendar is in
 * Bucharest: complaints ingested through the API (so their terms are computed as in production),
 * their receipt times then planted by SQL.
 */
@QuarkusTest
class PatternTest {

    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
    /** Four weeks from Monday 5 January 2026 (winter: Bucharest is UTC+2). */
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    private static final Instant FROM = FIRST_DAY.atStartOfDay(BUCHAREST).toInstant();
    private static final Instant TO =
            FIRST_DAY.plusWeeks(4).atStartOfDay(BUCHAREST).toInstant();
    private static final String PERIOD = "?from=" + FROM + "&to=" + TO;

    /** "Cold" in each language, as its analyzer stems it, with sentences that say it. */
    private static final Map<String, Planted> COLD = new LinkedHashMap<>();

    static {
        COLD.put(
                "en",
                new Planted(
                        "cold",
                        14,
                        List.of(
                                "The pizza was cold when it arrived",
                                "Cold food again, really disappointing",
                                "Everything arrived cold and soggy")));
        COLD.put(
                "id-ID",
                new Planted(
                        "dingin",
                        11,
                        List.of("Pizzanya dingin sekali", "Makanan datang dingin lagi", "Semua makanan dingin")));
        COLD.put(
                "ro",
                new Planted(
                        "rec",
                        9,
                        List.of("Pizza a venit rece", "Mâncarea era rece din nou", "Totul a ajuns rece și târziu")));
        COLD.put(
                "et",
                new Planted("külm", 8, List.of("Pitsa oli külm", "Toit oli jälle külm", "Kõik jõudis kohale külm")));
        COLD.put(
                "hy",
                new Planted("սառը", 7, List.of("Պիցցան սառը էր", "Ուտելիքը նորից սառը էր", "Ամեն ինչ սառը հասավ")));
    }

    private static final Map<String, List<String>> NOISE = Map.of(
            "en", List.of("The driver was rude and the order was wrong", "Waited forty minutes for a table"),
            "id-ID", List.of("Pelayannya kasar sekali", "Pesanan salah lagi"),
            "ro", List.of("Comanda a fost greșită", "Ospătarul a fost nepoliticos"),
            "et", List.of("Teenindaja oli ebaviisakas", "Tellimus oli vale"),
            "hy", List.of("Մատուցողը կոպիտ էր", "Պատվերը սխալ էր"));

    /** English "cold" complaints of the previous four weeks. */
    private static final int PREVIOUS_COLD = 4;

    private static final int NOISE_COMPLAINTS = 120;

    private record Planted(String stem, int count, List<String> sentences) {}

    private String workspace;
    private String key;

    @BeforeEach
    void freshWorkspace() {
        workspace = Api.newWorkspace();
        key = Api.newKey(workspace, Api.ALL_SCOPES);
    }

    @Test
    void coldIsFoundOnSaturdayEveningsInEveryLanguage() {
        bucharestCalendar();
        Random random = new Random(11);
        List<String> ids = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        Map<String, Integer> coldInHarbour = new HashMap<>();
        COLD.forEach((language, planted) -> {
            for (int i = 0; i < planted.count(); i++) {
                boolean harbour = i % 4 != 0;
                ids.add(ingest(
                        language,
                        planted.sentences().get(i % planted.sentences().size()),
                        harbour ? "Harbour" : "Centre",
                        i % 3 == 0 ? "yelp" : "google",
                        List.of("delivery")));
                coldInHarbour.merge(planted.stem(), harbour ? 1 : 0, Integer::sum);
                // A Saturday of the period, 18:00 to 21:59 in Bucharest.
                LocalDate saturday = FIRST_DAY.with(DayOfWeek.SATURDAY).plusWeeks(random.nextInt(4));
                times.add(
                        ZonedDateTime.of(saturday, LocalTime.of(18 + random.nextInt(4), random.nextInt(60)), BUCHAREST)
                                .toInstant());
            }
        });
        List<String> languages = List.copyOf(NOISE.keySet());
        for (int i = 0; i < NOISE_COMPLAINTS; i++) {
            String language = languages.get(i % languages.size());
            List<String> sentences = NOISE.get(language);
            ids.add(ingest(
                    language, sentences.get(random.nextInt(sentences.size())), "Old Town", "tripadvisor", List.of()));
            times.add(FROM.plusSeconds(random.nextLong(TO.getEpochSecond() - FROM.getEpochSecond())));
        }
        for (int i = 0; i < PREVIOUS_COLD; i++) {
            ids.add(ingest("en", "Cold soup", "Harbour", "google", List.of()));
            times.add(FROM.minusSeconds(3_600L * 24 * (i + 1)));
        }
        // One just outside the period (at to): counted nowhere.
        ids.add(ingest("en", "Cold pasta", "Harbour", "google", List.of()));
        times.add(TO);
        plantTimes(ids, times);

        int coldComplaints = COLD.values().stream().mapToInt(Planted::count).sum();
        JsonPath report = Api.as(key)
                .get("/v1/insights/patterns" + PERIOD + "&limit=50")
                .then()
                .statusCode(200)
                .body("from", equalTo(FROM.toString()))
                .body(
                        "previousFrom",
                        equalTo(FROM.minus(java.time.Duration.between(FROM, TO)).toString()))
                .body("timeZone", equalTo("Europe/Bucharest"))
                .body("complaints", equalTo(coldComplaints + NOISE_COMPLAINTS))
                .extract()
                .jsonPath();

        COLD.forEach((language, planted) -> {
            Map<String, Object> pattern = pattern(report, planted.stem());
            assertNotNull(pattern, planted.stem() + " (" + language + ") missing from " + report.prettify());
            assertEquals(planted.count(), number(pattern, "count"), planted.stem());
            List<Map<String, Object>> cells = list(pattern, "weekdayHours");
            int inCells = 0;
            for (Map<String, Object> cell : cells) {
                assertEquals("saturday", cell.get("weekday"), planted.stem() + ": " + cell);
                int hour = number(cell, "hour");
                assertTrue(hour >= 18 && hour <= 21, planted.stem() + ": " + cell);
                inCells += number(cell, "count");
            }
            // At most four hours were planted, and up to five cells are shown: every complaint is in one.
            assertEquals(planted.count(), inCells, planted.stem() + ": " + cells);
            Map<String, Object> top = list(pattern, "locations").getFirst();
            assertEquals("Harbour", top.get("value"));
            assertEquals(coldInHarbour.get(planted.stem()), number(top, "count"));
            assertEquals(
                    (double) coldInHarbour.get(planted.stem()) / planted.count(),
                    ((Number) top.get("share")).doubleValue(),
                    1e-6);
            int channels = list(pattern, "channels").stream()
                    .mapToInt(channel -> number(channel, "count"))
                    .sum();
            assertEquals(planted.count(), channels, planted.stem());
        });

        Map<String, Object> english = pattern(report, "cold");
        assertEquals(PREVIOUS_COLD, number(english, "previousCount"));
        assertEquals(COLD.get("en").count() - PREVIOUS_COLD, number(english, "change"));
        assertEquals(
                (double) (COLD.get("en").count() - PREVIOUS_COLD) / PREVIOUS_COLD,
                ((Number) english.get("changeRatio")).doubleValue(),
                1e-6);
        Map<String, Object> indonesian = pattern(report, "dingin");
        assertEquals(0, number(indonesian, "previousCount"));
        assertNull(indonesian.get("changeRatio"));

        Map<String, Object> tag = pattern(report, "#delivery");
        assertEquals(coldComplaints, number(tag, "count"));
        assertEquals("saturday", list(tag, "weekdayHours").getFirst().get("weekday"), "tags concentrate as words do");
        // The most frequent term comes first.
        assertEquals("#delivery", report.getString("patterns[0].term"));
    }

    @Test
    void theLimitCutsTheListAndAnEmptyPeriodHasNoPatterns() {
        String id = ingest("en", "Cold pizza, cold fries", "Harbour", "google", List.of("delivery"));
        plantTimes(List.of(id), List.of(FROM.plusSeconds(60)));
        Api.as(key)
                .get("/v1/insights/patterns" + PERIOD + "&limit=2")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("UTC"))
                .body("complaints", equalTo(1))
                .body("patterns.term", equalTo(List.of("#delivery", "cold")))
                .body("patterns[1].count", equalTo(1))
                // FROM is midnight in Bucharest: 22:00 UTC on Sunday.
                .body("patterns[1].weekdayHours[0].weekday", equalTo("sunday"))
                .body("patterns[1].weekdayHours[0].hour", equalTo(22))
                .body("patterns[1].channels[0].value", equalTo("google"));
        Api.as(key)
                .get("/v1/insights/patterns?from=" + TO + "&to=" + TO.plusSeconds(3_600))
                .then()
                .statusCode(200)
                .body("complaints", equalTo(0))
                .body("patterns", equalTo(List.of()));
    }

    @Test
    void termsFollowSourceEditsAndErasureKeepsNoneOfTheCustomer() {
        Map<String, Object> post = Api.complaint(Map.of(
                "language", "en",
                "body", "Tiina found the soup cold",
                "customer", Map.of("name", "Tiina Kask")));
        String id = Api.as(key)
                .contentType(ContentType.JSON)
                .body(post)
                .post("/v1/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals("cold,found,soup,tiina", terms(id));

        Map<String, Object> edited = new HashMap<>(post);
        edited.put("body", "Tiina found the soup lukewarm");
        Api.as(key)
                .contentType(ContentType.JSON)
                .body(edited)
                .post("/v1/complaints")
                .then()
                .statusCode(200);
        assertEquals("found,lukewarm,soup,tiina", terms(id));

        Api.as(key).delete("/v1/complaints/" + id + "/customer").then().statusCode(200);
        assertEquals("found,lukewarm,soup", terms(id));
    }

    @Test
    void aPatchOfLocationOrTagsMovesTheTerms() {
        String id = ingest("en", "Cold soup", "Harbour", "google", List.of());
        Api.as(key)
                .contentType("application/merge-patch+json")
                .body(Map.of("location", "Centre", "tags", List.of("kitchen")))
                .patch("/v1/complaints/" + id)
                .then()
                .statusCode(200);
        assertEquals(
                "#kitchen Centre,cold Centre,soup Centre",
                Sql.queryOne(
                        "select string_agg(term || ' ' || location, ',' order by term) from complaint_term"
                                + " where complaint_id = ?::uuid",
                        id));
    }

    @Test
    void badParametersAreNamed() {
        patternsWith("?from=" + TO + "&to=" + FROM).statusCode(422).body("errors[0].field", equalTo("from"));
        patternsWith("?from=yesterday").statusCode(422).body("errors[0].field", equalTo("from"));
        patternsWith("?to=2026-13-01T00:00:00Z").statusCode(422).body("errors[0].field", equalTo("to"));
        patternsWith("?from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                .statusCode(422)
                .body("errors[0].field", equalTo("from"));
        patternsWith("?limit=0").statusCode(422).body("errors[0].field", equalTo("limit"));
        patternsWith("?limit=51").statusCode(422).body("errors[0].field", equalTo("limit"));
        patternsWith("?limit=ten").statusCode(422).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void readingPatternsNeedsComplaintsRead() {
        Api.as(Api.newKey(workspace, List.of("replies:write")))
                .get("/v1/insights/patterns")
                .then()
                .statusCode(403);
    }

    private io.restassured.response.ValidatableResponse patternsWith(String query) {
        return Api.as(key).get("/v1/insights/patterns" + query).then();
    }

    private void bucharestCalendar() {
        calendarIn(key, workspace, "Europe/Bucharest", List.of("monday", "tuesday", "wednesday", "thursday", "friday"));
    }

    /** Gives the workspace an SLA calendar in {@code zone}, open 09:00-17:00 on the given days: its zone is the patterns'. */
    static void calendarIn(String key, String workspace, String zone, List<String> days) {
        List<Map<String, Object>> weeklyHours = new ArrayList<>();
        for (String day : days) {
            weeklyHours.add(Map.of("day", day, "from", "09:00", "to", "17:00"));
        }
        Map<String, Object> calendar = new HashMap<>();
        calendar.put("aroundTheClock", false);
        calendar.put("timeZone", zone);
        calendar.put("weeklyHours", weeklyHours);
        Api.as(key)
                .contentType(ContentType.JSON)
                .body(Map.of("targets", Map.of("acknowledgement", "PT1H"), "calendar", calendar))
                .put("/v1/workspaces/" + workspace + "/sla-policy")
                .then()
                .statusCode(200);
    }

    private String ingest(String language, String body, String location, String channel, List<String> tags) {
        return Api.as(key)
                .contentType(ContentType.JSON)
                .body(Api.complaint(Map.of(
                        "language", language,
                        "body", body,
                        "location", location,
                        "channel", channel,
                        "tags", tags)))
                .post("/v1/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Moves each complaint, and its terms, to its time of receipt. */
    static void plantTimes(List<String> ids, List<Instant> times) {
        String idArray = "{" + String.join(",", ids) + "}";
        String timeArray =
                "{" + String.join(",", times.stream().map(Instant::toString).toList()) + "}";
        for (String table : List.of("complaint", "complaint_term")) {
            String idColumn = table.equals("complaint") ? "id" : "complaint_id";
            Sql.update(
                    "update " + table + " t set received_at = planted.at"
                            + " from unnest(?::uuid[], ?::timestamptz[]) as planted (id, at)"
                            + " where t." + idColumn + " = planted.id",
                    idArray,
                    timeArray);
        }
    }

    private static String terms(String id) {
        return Sql.queryOne(
                "select string_agg(term, ',' order by term) from complaint_term where complaint_id = ?::uuid", id);
    }

    private static Map<String, Object> pattern(JsonPath report, String term) {
        List<Map<String, Object>> patterns = report.getList("patterns");
        return patterns.stream()
                .filter(pattern -> term.equals(pattern.get("term")))
                .findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> pattern, String member) {
        return (List<Map<String, Object>>) pattern.get(member);
    }

    private static int number(Map<String, Object> map, String member) {
        return ((Number) map.get(member)).intValue();
    }
}
