package dev.reviewflow.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The summary's figures against hand-computed expectations on a small fixed data set in a fresh
 * workspace: complaints made through the API, their times set by SQL.
 */
@QuarkusTest
class InsightSummaryTest {

    private static final Instant BASE = Instant.parse("2026-01-10T08:00:00Z");
    private static final String PERIOD = "from=2026-01-10T00:00:00Z&to=2026-01-11T00:00:00Z";
    /** A year around BASE, starting and ending in the middle of a day. */
    private static final String YEAR = "from=2025-06-01T12:00:00Z&to=2026-06-01T12:00:00Z";

    @Inject
    InsightRollup rollup;

    private String workspace;
    private String key;

    @BeforeEach
    void freshWorkspace() {
        workspace = Api.newWorkspace();
        key = Api.newKey(workspace, Api.ALL_SCOPES);
    }

    /**
     * C1 google/Centre: acknowledged after 10 min, private after 30 min, resolved after 2 h,
     * answered 5 (would return), rating 1 edited to 4 after. C2 google/Harbour: acknowledged after
     * 1 h, resolved after 1 day, answered 3 (would not return), rating 2 edited to 1. C3
     * yelp/Centre: acknowledged after 20 min. C4 yelp/Centre: new. C5: received before the period.
     */
    private void fixedDataSet() {
        Map<String, Object> c1 = post("google", "Centre", 1);
        String id1 = ingest(c1);
        acknowledge(id1);
        action(id1, "move-to-private", Map.of("channel", "email"));
        action(id1, "resolve", Map.of("outcome", "compensated", "summary", "Refunded"));
        feedback(id1, 5, true);
        ingest(edited(c1, 4));
        times(id1, 0, 600L, 1_800L, 7_200L);

        Map<String, Object> c2 = post("google", "Harbour", 2);
        String id2 = ingest(c2);
        acknowledge(id2);
        action(id2, "resolve", Map.of("outcome", "not-actionable", "summary", "Nothing to do"));
        feedback(id2, 3, false);
        ingest(edited(c2, 1));
        times(id2, 1, 3_600L, null, 86_400L);

        String id3 = ingest(post("yelp", "Centre", 1));
        acknowledge(id3);
        times(id3, 2, 1_200L, null, null);

        times(ingest(post("yelp", "Centre", 3)), 3, null, null, null);

        String outside = ingest(post("tripadvisor", "Centre", 1));
        acknowledge(outside);
        Sql.update(
                "update complaint set received_at = ?::timestamptz, acknowledged_at = ?::timestamptz"
                        + " where id = ?::uuid",
                BASE.minus(Duration.ofHours(9)).toString(),
                BASE.minus(Duration.ofHours(9)).toString(),
                outside);
    }

    @Test
    void theFiguresMatchTheHandComputedOnes() {
        fixedDataSet();
        as(key).contentType(ContentType.JSON)
                .body(Map.of("excellentShare", 0.62))
                .put("/v1/workspaces/" + workspace + "/self-assessment")
                .then()
                .statusCode(200);

        summary("?" + PERIOD)
                .statusCode(200)
                .body("complaints", equalTo(4))
                .body("byStatus.new", equalTo(1))
                .body("byStatus.acknowledged", equalTo(1))
                .body("byStatus.moved-to-private", equalTo(0))
                .body("byStatus.resolved", equalTo(2))
                .body("byChannel.google", equalTo(2))
                .body("byChannel.yelp", equalTo(2))
                .body("byChannel.tripadvisor", nullValue())
                .body("responseRate", closeTo(0.75, 1e-9))
                // 600, 1200, 3600 s: median 1200; p90 at 1.8 of the sorted positions: 1200 + 0.8 * 2400.
                .body("timeToAcknowledgement.count", equalTo(3))
                .body("timeToAcknowledgement.medianSeconds", closeTo(1_200.0, 1e-6))
                .body("timeToAcknowledgement.p90Seconds", closeTo(3_120.0, 1e-6))
                .body("timeToPrivateContact.count", equalTo(1))
                .body("timeToPrivateContact.medianSeconds", closeTo(1_800.0, 1e-6))
                .body("timeToPrivateContact.p90Seconds", closeTo(1_800.0, 1e-6))
                // 7200, 86400 s: median 46800; p90 7200 + 0.9 * 79200.
                .body("timeToResolution.count", equalTo(2))
                .body("timeToResolution.medianSeconds", closeTo(46_800.0, 1e-6))
                .body("timeToResolution.p90Seconds", closeTo(78_480.0, 1e-6))
                .body("satisfaction.answers", equalTo(2))
                .body("satisfaction.averageSatisfaction", closeTo(4.0, 1e-9))
                .body("satisfaction.wouldReturnShare", closeTo(0.5, 1e-9))
                // +3 and -1.
                .body("ratingChange.count", equalTo(2))
                .body("ratingChange.averageChange", closeTo(1.0, 1e-9))
                .body("perceptionGap.selfAssessedExcellentShare", closeTo(0.62, 1e-9))
                .body("perceptionGap.customerExcellentShare", closeTo(0.5, 1e-9))
                .body("perceptionGap.gap", closeTo(0.12, 1e-9));

        summary("?" + PERIOD + "&channel=yelp")
                .statusCode(200)
                .body("channel", equalTo("yelp"))
                .body("complaints", equalTo(2))
                .body("responseRate", closeTo(0.5, 1e-9))
                .body("timeToResolution.count", equalTo(0))
                .body("timeToResolution.medianSeconds", nullValue())
                .body("satisfaction.answers", equalTo(0))
                .body("satisfaction.averageSatisfaction", nullValue())
                .body("perceptionGap.customerExcellentShare", nullValue())
                .body("perceptionGap.gap", nullValue());

        summary("?" + PERIOD + "&location=Centre")
                .statusCode(200)
                .body("complaints", equalTo(3))
                .body("satisfaction.averageSatisfaction", closeTo(5.0, 1e-9))
                .body("ratingChange.averageChange", closeTo(3.0, 1e-9));

        // Another workspace's summary of the same period sees none of it.
        Api.as(Api.newKey(Api.newWorkspace(), Api.ALL_SCOPES))
                .get("/v1/insights/summary?" + PERIOD)
                .then()
                .statusCode(200)
                .body("complaints", equalTo(0));
    }

    /**
     * Clocks set by hand: A acknowledged 10 min after receipt with 1 h allowed (met) and moved to
     * private in time (met); B acknowledged after 2 h (missed) and never moved to private though
     * due (missed); C never acknowledged, due long ago (missed); D has no clocks.
     */
    @Test
    void theSlaMetShareCountsEachClockThatIsDecided() {
        String a = ingest(post("google", "Centre", 1));
        String b = ingest(post("google", "Centre", 1));
        String c = ingest(post("google", "Centre", 1));
        String d = ingest(post("google", "Centre", 1));
        clocks(a, 0, 3_600L, 600L, 3_600L, 1_800L);
        clocks(b, 1, 3_600L, 7_200L, 3_600L, null);
        clocks(c, 2, 3_600L, null, null, null);
        clocks(d, 3, null, null, null, null);

        summary("?" + PERIOD)
                .statusCode(200)
                .body("complaints", equalTo(4))
                .body("slaMet.acknowledgement.met", equalTo(1))
                .body("slaMet.acknowledgement.missed", equalTo(2))
                .body("slaMet.acknowledgement.metShare", closeTo(1.0 / 3, 1e-9))
                .body("slaMet.privateContact.met", equalTo(1))
                .body("slaMet.privateContact.missed", equalTo(1))
                .body("slaMet.privateContact.metShare", closeTo(0.5, 1e-9))
                .body("slaMet.resolution.met", equalTo(0))
                .body("slaMet.resolution.missed", equalTo(0))
                .body("slaMet.resolution.metShare", nullValue());
    }

    /**
     * A year with partial days at both ends: the figures from the complaints alone (no day rolled
     * up yet) and from the daily rollup plus the ends are the same, the counts exact and the
     * percentiles within 1 % of the exact ones. The complaint before the fixed period (acknowledged
     * at once) is in the year: acknowledgements after 0, 600, 1200 and 3600 s.
     */
    @Test
    void aYearFromTheDailyRollupGivesTheSameFiguresAsTheComplaints() {
        fixedDataSet();
        Map<String, Object> fromComplaints =
                summary("?" + YEAR).statusCode(200).extract().path("");
        Map<String, Object> dayFromComplaints =
                summary("?" + PERIOD).statusCode(200).extract().path("");

        rollup.catchUp();
        assertEquals("0", Sql.queryOne("select count(*) from insight_stale_day where workspace_id = ?", workspace));
        assertEquals(
                "2",
                Sql.queryOne("select count(distinct day) from insight_day where workspace_id = ?", workspace),
                "both days of the data set are rolled up");

        Map<String, Object> rolled =
                summary("?" + YEAR).statusCode(200).extract().path("");
        assertEquals(fromComplaints, rolled);
        summary("?" + YEAR)
                .body("percentilesExact", equalTo(false))
                .body("complaints", equalTo(5))
                .body("byStatus.acknowledged", equalTo(2))
                .body("byStatus.resolved", equalTo(2))
                .body("byChannel.tripadvisor", equalTo(1))
                .body("responseRate", closeTo(0.8, 1e-9))
                .body("timeToAcknowledgement.count", equalTo(4))
                .body("timeToAcknowledgement.medianSeconds", closeTo(900.0, 9.0))
                .body("timeToAcknowledgement.p90Seconds", closeTo(2_880.0, 28.8))
                .body("timeToResolution.medianSeconds", closeTo(46_800.0, 468.0))
                .body("timeToResolution.p90Seconds", closeTo(78_480.0, 784.8))
                .body("satisfaction.averageSatisfaction", closeTo(4.0, 1e-9))
                .body("ratingChange.averageChange", closeTo(1.0, 1e-9));
        summary("?" + YEAR + "&channel=yelp")
                .body("complaints", equalTo(2))
                .body("timeToAcknowledgement.count", equalTo(1))
                .body("timeToAcknowledgement.medianSeconds", closeTo(1_200.0, 12.0));
        summary("?" + YEAR + "&location=Centre")
                .body("complaints", equalTo(4))
                .body("timeToResolution.medianSeconds", closeTo(7_200.0, 72.0));
        summary("?" + YEAR + "&channel=google&location=Harbour")
                .body("complaints", equalTo(1))
                .body("timeToResolution.p90Seconds", closeTo(86_400.0, 864.0));
        // A short period takes its counts from the rollup too, and its percentiles still exactly.
        assertEquals(dayFromComplaints, summary("?" + PERIOD).extract().path(""));
        summary("?" + PERIOD).body("percentilesExact", equalTo(true));
    }

    /** A change to a complaint of a rolled-up day counts at once: its day is read from the complaints until recomputed. */
    @Test
    void aChangeToARolledDayCountsAtOnce() {
        String id = ingest(post("google", "Centre", 2));
        assertEquals(
                "0",
                Sql.queryOne("select count(*) from insight_stale_day where workspace_id = ?", workspace),
                "a complaint of today marks nothing");
        times(id, 5, null, null, null);
        rollup.catchUp();
        summary("?" + YEAR).body("byStatus.new", equalTo(1)).body("byStatus.acknowledged", equalTo(0));

        acknowledge(id);
        assertEquals("1", Sql.queryOne("select count(*) from insight_stale_day where workspace_id = ?", workspace));
        summary("?" + YEAR)
                .body("byStatus.new", equalTo(0))
                .body("byStatus.acknowledged", equalTo(1))
                .body("timeToAcknowledgement.count", equalTo(1));

        rollup.catchUp();
        assertEquals("0", Sql.queryOne("select count(*) from insight_stale_day where workspace_id = ?", workspace));
        summary("?" + YEAR).body("byStatus.new", equalTo(0)).body("byStatus.acknowledged", equalTo(1));
    }

    /** The rollup's buckets are computed by PostgreSQL; they must be the ones the percentiles read. */
    @Test
    void theDatabaseBucketsDurationsAsDurationBucketsDefinesThem() {
        for (double seconds : new double[] {0, 0.5, 1, 59.9, 60, 3_599.999, 3_600, 86_400, 400 * 86_400.0}) {
            assertEquals(
                    String.valueOf(DurationBuckets.bucket(seconds)),
                    Sql.queryOne(
                            "select " + DurationBuckets.sqlBucket("t.at") + " from (select now() as received_at,"
                                    + " now() + ?::float8 * interval '1 second' as at) t",
                            String.valueOf(seconds)),
                    seconds + " s");
        }
    }

    /** Two replicas' jobs at once roll each day up once: no day's rows twice. */
    @Test
    void twoJobsAtOnceRollEachDayUpOnce() throws Exception {
        for (int day = 0; day < 40; day++) {
            String id = ingest(post("google", "Centre", 1));
            Sql.update(
                    "update complaint set received_at = ?::timestamptz where id = ?::uuid",
                    BASE.minus(Duration.ofDays(day)).toString(),
                    id);
        }
        ExecutorService jobs = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(jobs.submit(() -> {
                    start.await();
                    return rollup.catchUp();
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            jobs.shutdownNow();
        }
        assertEquals(
                "40",
                Sql.queryOne("select count(*) from insight_day where workspace_id = ?", workspace),
                "one row per day (one channel and location each)");
        assertEquals(
                "40",
                Sql.queryOne("select coalesce(sum(complaints), 0) from insight_day where workspace_id = ?", workspace));
        summary("?" + YEAR).body("complaints", equalTo(40));
    }

    @Test
    void anEmptyPeriodHasZeroCountsAndNullFigures() {
        summary("")
                .statusCode(200)
                .body("complaints", equalTo(0))
                .body("byStatus.new", equalTo(0))
                .body("byStatus.resolved", equalTo(0))
                .body("responseRate", nullValue())
                .body("timeToAcknowledgement.count", equalTo(0))
                .body("timeToAcknowledgement.medianSeconds", nullValue())
                .body("timeToAcknowledgement.p90Seconds", nullValue())
                .body("satisfaction.wouldReturnShare", nullValue())
                .body("ratingChange.count", equalTo(0))
                .body("ratingChange.averageChange", nullValue())
                .body("perceptionGap.selfAssessedExcellentShare", nullValue());
    }

    @Test
    void theDefaultPeriodIsTheLastThirtyDays() {
        Map<String, String> period = summary("").statusCode(200).extract().path("");
        assertDays(30, period.get("from"), period.get("to"));
        String fromForTo =
                summary("?to=2026-03-31T00:00:00Z").statusCode(200).extract().path("from");
        assertDays(30, fromForTo, "2026-03-31T00:00:00Z");
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        summary("?from=yesterday").statusCode(422).body("errors[0].field", equalTo("from"));
        summary("?to=2026-13-01T00:00:00Z").statusCode(422).body("errors[0].field", equalTo("to"));
        summary("?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                .statusCode(422)
                .body("errors[0].field", equalTo("from"));
        summary("?from=2025-01-01T00:00:00Z&to=2026-02-06T00:00:00Z")
                .statusCode(422)
                .body("errors[0].field", equalTo("from"));
        summary("?from=2025-01-01T00:00:00Z&to=2026-02-05T00:00:00Z").statusCode(200);
        summary("?channel=myspace").statusCode(422).body("errors[0].field", equalTo("channel"));
        Api.as(key)
                .queryParam("location", "a\u0000b")
                .get("/v1/insights/summary")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("location"));
    }

    @Test
    void readingTheSummaryNeedsComplaintsRead() {
        Api.as(Api.newKey(workspace, List.of("replies:write")))
                .get("/v1/insights/summary")
                .then()
                .statusCode(403);
    }

    private static void assertDays(long days, String from, String to) {
        assertEquals(Duration.ofDays(days), Duration.between(Instant.parse(from), Instant.parse(to)));
    }

    private ValidatableResponse summary(String query) {
        return as(key).get("/v1/insights/summary" + query).then();
    }

    private static Map<String, Object> post(String channel, String location, int rating) {
        return Api.complaint(Map.of("channel", channel, "location", location, "rating", rating));
    }

    private static Map<String, Object> edited(Map<String, Object> post, int rating) {
        Map<String, Object> edit = new HashMap<>(post);
        edit.put("rating", rating);
        return edit;
    }

    private String ingest(Map<String, Object> post) {
        return Api.as(key)
                .contentType(ContentType.JSON)
                .body(post)
                .post("/v1/complaints")
                .then()
                .statusCode(oneOf(200, 201))
                .extract()
                .path("id");
    }

    private void acknowledge(String id) {
        action(
                id,
                "acknowledge",
                Map.of(
                        "reply", "We are sorry to hear this. Please send us a direct message so we can make it right.",
                        "author", "Maria, support"));
    }

    private void action(String id, String action, Map<String, Object> body) {
        Api.as(key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/complaints/" + id + "/" + action)
                .then()
                .statusCode(200);
    }

    private void feedback(String id, int satisfaction, boolean wouldReturn) {
        Api.as(key)
                .contentType(ContentType.JSON)
                .body(Map.of("satisfaction", satisfaction, "wouldReturn", wouldReturn))
                .post("/v1/complaints/" + id + "/feedback")
                .then()
                .statusCode(201);
    }

    /** Received at BASE + minutes; each step the given seconds after receipt (null: leave it unset). */
    private static void times(String id, int minutes, Long acknowledged, Long movedToPrivate, Long resolved) {
        Instant received = BASE.plus(Duration.ofMinutes(minutes));
        Sql.update(
                "update complaint set received_at = ?::timestamptz,"
                        + " acknowledged_at = ?::timestamptz, moved_to_private_at = ?::timestamptz,"
                        + " resolved_at = ?::timestamptz where id = ?::uuid",
                received.toString(),
                after(received, acknowledged),
                after(received, movedToPrivate),
                after(received, resolved),
                id);
    }

    /** Received at BASE + minutes with the acknowledgement and private-contact clocks' due times and steps, in seconds after receipt. */
    private static void clocks(
            String id, int minutes, Long ackDue, Long acknowledged, Long privateContactDue, Long movedToPrivate) {
        Instant received = BASE.plus(Duration.ofMinutes(minutes));
        Sql.update(
                "update complaint set received_at = ?::timestamptz, ack_due_at = ?::timestamptz,"
                        + " acknowledged_at = ?::timestamptz, private_contact_due_at = ?::timestamptz,"
                        + " moved_to_private_at = ?::timestamptz, resolution_due_at = null where id = ?::uuid",
                received.toString(),
                after(received, ackDue),
                after(received, acknowledged),
                after(received, privateContactDue),
                after(received, movedToPrivate),
                id);
    }

    private static String after(Instant received, Long seconds) {
        return seconds == null ? null : received.plusSeconds(seconds).toString();
    }

    /** Fractions are read as doubles, so that they compare with the hand-computed ones exactly. */
    private static RequestSpecification as(String key) {
        return Api.as(key)
                .config(RestAssuredConfig.config()
                        .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)));
    }
}
