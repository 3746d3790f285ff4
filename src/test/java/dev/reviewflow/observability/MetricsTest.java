package dev.reviewflow.observability;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Metrics;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Prometheus metrics: on the management port only, and moved by real API calls. */
@QuarkusTest
class MetricsTest {

    private static final String NEW = "reviewflow_complaints{status=\"new\"}";
    private static final String ACKNOWLEDGED = "reviewflow_complaints{status=\"acknowledged\"}";
    private static final String ACKNOWLEDGEMENTS = "reviewflow_acknowledgement_time_seconds_count";
    private static final String WITHIN_FIVE_MINUTES = "reviewflow_acknowledgement_time_seconds_bucket{le=\"300.0\"}";
    private static final String CUSTOMER_NAMED = "reviewflow_reply_refusals_total{code=\"customer-named\"}";

    @Test
    void metricsAreServedOnTheManagementPortAndNeverOnTheApiPort() {
        RestAssured.given()
                .port(Metrics.managementPort())
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("reviewflow_complaints{"))
                .body(containsString("reviewflow_throttled_requests_total{reason=\"rate-limit\"}"))
                .body(containsString("reviewflow_throttled_requests_total{reason=\"failed-authentications\"}"))
                .body(containsString(CUSTOMER_NAMED));
        Api.given().get("/q/metrics").then().statusCode(404).contentType("application/problem+json");
        Api.as(null).get("/metrics").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void complaintCountsAndTheTimeToAcknowledgementMoveWithTheWorkflow() {
        double newBefore = Metrics.value(NEW);
        double acknowledgedBefore = Metrics.value(ACKNOWLEDGED);
        double acknowledgementsBefore = Metrics.value(ACKNOWLEDGEMENTS);
        double fastBefore = Metrics.value(WITHIN_FIVE_MINUTES);

        String id = Api.newComplaint();
        assertEquals(newBefore + 1, Metrics.value(NEW));
        Api.acknowledge(id).statusCode(200);

        assertEquals(newBefore, Metrics.value(NEW));
        assertEquals(acknowledgedBefore + 1, Metrics.value(ACKNOWLEDGED));
        assertEquals(acknowledgementsBefore + 1, Metrics.value(ACKNOWLEDGEMENTS));
        assertEquals(fastBefore + 1, Metrics.value(WITHIN_FIVE_MINUTES));
    }

    @Test
    void aRefusedReplyCountsItsRefusingCodesAndIsNoAcknowledgement() {
        double refusedBefore = Metrics.value(CUSTOMER_NAMED);
        double acknowledgementsBefore = Metrics.value(ACKNOWLEDGEMENTS);
        String id = Api.newComplaint(Map.of("customer", Map.of("name", "Ani Petrosyan")));

        Api.action(id, "acknowledge", Map.of("reply", "Dear Ani Petrosyan, we are sorry.", "author", "Maria"))
                .statusCode(422);

        assertEquals(refusedBefore + 1, Metrics.value(CUSTOMER_NAMED));
        assertEquals(acknowledgementsBefore, Metrics.value(ACKNOWLEDGEMENTS));
    }

    @Test
    void httpServerMetricsNameTheRouteTemplateNeverTheId() {
        String id = Api.newComplaint();
        Api.given().get("/v1/complaints/" + id).then().statusCode(200);

        String scraped = Metrics.scrape();
        assertTrue(scraped.contains("uri=\"/v1/complaints/{id}\""), "templated URI tag");
        assertFalse(scraped.contains(id), "a raw id in the metrics");
        RestAssured.given()
                .port(Metrics.managementPort())
                .get("/q/metrics")
                .then()
                .body(not(containsString("Ani Petrosyan")));
    }
}
