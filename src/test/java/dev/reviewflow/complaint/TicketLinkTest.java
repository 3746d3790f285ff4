package dev.reviewflow.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class TicketLinkTest {

    private static ValidatableResponse link(String id, Map<String, Object> body) {
        return Api.given()
                .contentType(ContentType.JSON)
                .body(body)
                .put("/v1/complaints/" + id + "/ticket")
                .then();
    }

    @Test
    void aLinkedTicketShowsOnTheComplaintAndFindsItBack() {
        String id = Api.newComplaint();
        String ticket = Api.uniqueId();
        link(id, Map.of("system", "zammad", "ticketId", ticket, "url", "https://help.example.com/#ticket/zoom/1"))
                .statusCode(200)
                .body("ticket.system", equalTo("zammad"))
                .body("ticket.ticketId", equalTo(ticket))
                .body("ticket.url", equalTo("https://help.example.com/#ticket/zoom/1"));

        Api.given()
                .queryParam("ticket", ticket)
                .get("/v1/complaints")
                .then()
                .statusCode(200)
                .body("items.id", contains(id));
        Api.given()
                .queryParam("ticket", ticket)
                .queryParam("ticketSystem", "zammad")
                .get("/v1/complaints")
                .then()
                .statusCode(200)
                .body("items.id", contains(id));
        Api.given()
                .queryParam("ticket", ticket)
                .queryParam("ticketSystem", "chatwoot")
                .get("/v1/complaints")
                .then()
                .statusCode(200)
                .body("items", empty());
        Api.given()
                .get("/v1/complaints/" + id + "/timeline")
                .then()
                .statusCode(200)
                .body("type", hasItem("ticket-linked"));
    }

    @Test
    void theSameTicketCannotBeLinkedToASecondComplaint() {
        String ticket = Api.uniqueId();
        link(Api.newComplaint(), Map.of("system", "chatwoot", "ticketId", ticket))
                .statusCode(200);

        link(Api.newComplaint(), Map.of("system", "chatwoot", "ticketId", ticket))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:reviewflow:problem:ticket-already-linked"))
                .body("errors[0].field", equalTo("ticketId"));
        // The same ticket id in another help-desk is another ticket.
        link(Api.newComplaint(), Map.of("system", "zammad", "ticketId", ticket)).statusCode(200);
    }

    @Test
    void ofTwoRacingLinksOfOneTicketToDifferentComplaintsOneWinsAndOneGets409() throws Exception {
        String ticket = Api.uniqueId();
        List<String> complaints = List.of(Api.newComplaint(), Api.newComplaint(), Api.newComplaint());
        ExecutorService pool = Executors.newFixedThreadPool(complaints.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (String complaint : complaints) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return link(complaint, Map.of("system", "zendesk", "ticketId", ticket))
                            .extract()
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }
            assertEquals(List.of(200, 409, 409), answered.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void relinkingTheSameTicketChangesNothingAndUnlinkingRemovesIt() {
        String id = Api.newComplaint();
        String ticket = Api.uniqueId();
        link(id, Map.of("system", "other", "ticketId", ticket)).statusCode(200);
        String etag = Api.etag(id);
        link(id, Map.of("system", "other", "ticketId", ticket)).statusCode(200).header("ETag", equalTo(etag));

        Api.given()
                .header("If-Match", etag)
                .delete("/v1/complaints/" + id + "/ticket")
                .then()
                .statusCode(200)
                .body("ticket", nullValue());
        Api.given()
                .queryParam("ticket", ticket)
                .get("/v1/complaints")
                .then()
                .statusCode(200)
                .body("items", empty());
        Api.given().get("/v1/complaints/" + id + "/timeline").then().body("type", hasItem("ticket-unlinked"));
        // Unlinked, the ticket may go to another complaint.
        link(Api.newComplaint(), Map.of("system", "other", "ticketId", ticket)).statusCode(200);
    }

    @Test
    void aBadLinkIsRefusedNamingTheField() {
        String id = Api.newComplaint();
        link(id, Map.of("system", "jira", "ticketId", "1")).statusCode(422).body("errors[0].field", equalTo("system"));
        link(id, Map.of("system", "zammad", "ticketId", " "))
                .statusCode(422)
                .body("errors[0].field", equalTo("ticketId"));
        link(id, Map.of("system", "zammad", "ticketId", "1", "url", "javascript:alert(1)"))
                .statusCode(422)
                .body("errors[0].field", equalTo("url"));
        Api.given()
                .queryParam("ticket", "1")
                .queryParam("ticketSystem", "jira")
                .get("/v1/complaints")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("ticketSystem"));
        Api.given().get("/v1/complaints/" + id).then().body("ticket", nullValue());
    }

    @Test
    void aStaleIfMatchIsRefused() {
        String id = Api.newComplaint();
        Api.given()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"999\"")
                .body(Map.of("system", "zammad", "ticketId", Api.uniqueId()))
                .put("/v1/complaints/" + id + "/ticket")
                .then()
                .statusCode(412);
    }
}
