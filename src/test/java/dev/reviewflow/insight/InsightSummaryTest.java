package dev.reviewflow.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
