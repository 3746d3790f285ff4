package dev.reviewflow.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Eventually;
import dev.reviewflow.support.Sql;

import static dev.reviewflow.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** slaStatus and dueBefore on the complaint list: the queues of missed and at-risk complaints. */
@QuarkusTest
class SlaListFiltersTest {

    private static final Duration DETECTION_DEADLINE = Duration.ofSeconds(30);

    private static String ingest(String key) {
        return as(key).contentType(ContentType.JSON)
                .body(Api.complaint(Map.of()))
                .post("/v1/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void acknowledge(String key, String id) {
        as(key).contentType(ContentType.JSON)
                .body(Map.of("reply", "We are sorry. Please send us a direct message.", "author", "Maria"))
                .post("/v1/complaints/" + id + "/acknowledge")
                .then()
                .statusCode(200);
    }

    private static List<String> list(String key, String query) {
        return as(key).get("/v1/complaints?" + query)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    private static void overdue(String id) {
        Sql.update("update complaint set ack_due_at = now() - interval '1 minute' where id = ?::uuid", id);
    }

    @Test
    void dueBeforeListsTheComplaintsWhoseOpenClocksAreDueBeforeIt() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String late = ingest(key);
        String waiting = ingest(key);
        String answered = ingest(key);
        acknowledge(key, answered);
        overdue(late);
        Instant now = Instant.now();

        assertEquals(List.of(late), list(key, "dueBefore=" + now.plus(Duration.ofMinutes(30))));
        assertEquals(List.of(waiting, late), list(key, "dueBefore=" + now.plus(Duration.ofHours(2))));
    }

    @Test
    void slaStatusMissedListsComplaintsWithAMissedClock() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String unanswered = ingest(key);
        String answeredLate = ingest(key);
        String answeredInTime = ingest(key);
        acknowledge(key, answeredInTime);
        overdue(unanswered);
        overdue(answeredLate);
        // Missed either way: by the breach job, or by the late acknowledgement if it comes first.
        acknowledge(key, answeredLate);

        List<String> missed =
                Eventually.within(DETECTION_DEADLINE, () -> list(key, "slaStatus=missed"), ids -> ids.size() == 2);
        assertEquals(List.of(answeredLate, unanswered), missed);
        as(key).get("/v1/complaints/" + answeredLate).then().body("sla.acknowledgement.status", equalTo("missed"));
    }

    @Test
    void badSlaFiltersAreRefusedNamingTheParameter() {
        Api.given()
                .get("/v1/complaints?slaStatus=running")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("slaStatus"));
        Api.given()
                .get("/v1/complaints?dueBefore=tomorrow")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("dueBefore"));
    }
}
