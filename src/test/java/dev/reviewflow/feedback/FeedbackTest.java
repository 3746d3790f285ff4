package dev.reviewflow.feedback;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The customer's answer after a resolution: only on a resolved complaint, once per resolution. */
@QuarkusTest
class FeedbackTest {

    @Test
    void aComplaintThatIsNotResolvedTakesNoFeedback() {
        String id = Api.newComplaint();
        answer(id, 4, true, null)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:reviewflow:problem:not-resolved"));
        Api.acknowledge(id).statusCode(200);
        answer(id, 4, true, null).statusCode(409);
        Api.given().get("/v1/complaints/" + id).then().statusCode(200).body("feedback", nullValue());
    }

    @Test
    void theFirstAnswerIsCreatedAndASecondOneReplacesItAndSaysSo() {
        String id = resolvedComplaint();
        answer(id, 2, false, "Still cold 🍕")
                .statusCode(201)
                .body("replaced", equalTo(false))
                .body("satisfaction", equalTo(2));
        answer(id, 5, true, null)
                .statusCode(200)
                .body("replaced", equalTo(true))
                .body("satisfaction", equalTo(5))
                .body("comment", nullValue());

        Api.given()
                .get("/v1/complaints/" + id)
                .then()
                .statusCode(200)
                .body("feedback.satisfaction", equalTo(5))
                .body("feedback.wouldReturn", equalTo(true))
                .body("feedback.comment", nullValue());
        Api.given()
                .get("/v1/complaints/" + id + "/timeline")
                .then()
                .statusCode(200)
                .body("findAll { it.type == 'feedback-received' }.data.replaced", contains(false, true))
                .body("findAll { it.type == 'feedback-received' }.data.comment", hasItem("Still cold 🍕"));
    }

    @Test
    void eachResolutionTakesItsOwnAnswer() {
        String id = resolvedComplaint();
        answer(id, 1, false, "Nobody called back").statusCode(201);
        Api.action(id, "reopen", Map.of("reason", "The customer wrote again")).statusCode(200);
        answer(id, 3, true, null).statusCode(409);
        // The complaint still shows the answer it got, to the earlier resolution.
        Api.given().get("/v1/complaints/" + id).then().body("feedback.satisfaction", equalTo(1));

        Api.action(id, "resolve", Map.of("outcome", "compensated", "summary", "Voucher sent"))
                .statusCode(200);
        answer(id, 4, true, null).statusCode(201).body("replaced", equalTo(false));
        answer(id, 5, true, null).statusCode(200).body("replaced", equalTo(true));
    }

    @Test
    void invalidAnswersAreRefusedNamingTheField() {
        String id = resolvedComplaint();
        answer(id, 0, true, null).statusCode(422).body("errors[0].field", equalTo("satisfaction"));
        answer(id, 6, true, null).statusCode(422).body("errors[0].field", equalTo("satisfaction"));
        answer(id, null, true, null).statusCode(422).body("errors[0].field", equalTo("satisfaction"));
        answer(id, 3, null, null).statusCode(422).body("errors[0].field", equalTo("wouldReturn"));
        answer(id, 3, true, "x".repeat(2_001)).statusCode(422).body("errors[0].field", equalTo("comment"));
        answer(id, 3, true, "bad \u0000 text").statusCode(422).body("errors[0].field", equalTo("comment"));
        Api.given()
                .contentType(ContentType.JSON)
                .body(Map.of("satisfaction", 3, "wouldReturn", true, "stars", 3))
                .post("/v1/complaints/" + id + "/feedback")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("stars"));
        // Nothing was stored by any of them.
        Api.given().get("/v1/complaints/" + id).then().body("feedback", nullValue());
        answer(id, 3, true, "x".repeat(2_000)).statusCode(201);
    }

    @Test
    void aNewRatingAfterTheResolutionIsKeptBesideTheRatingAtResolution() {
        Map<String, Object> post = Api.complaint(Map.of("rating", 1));
        String id = Api.ingest(post).statusCode(201).extract().path("id");
        Api.given().get("/v1/complaints/" + id).then().body("ratingAtResolution", nullValue());
        Api.acknowledge(id).statusCode(200);
        Api.action(id, "resolve", Map.of("outcome", "compensated", "summary", "Refunded"))
                .statusCode(200)
                .body("ratingAtResolution", equalTo(1));

        Map<String, Object> edited = new HashMap<>(post);
        edited.put("rating", 4);
        Api.ingest(edited).statusCode(200).body("rating", equalTo(4)).body("ratingAtResolution", equalTo(1));
        Api.given()
                .get("/v1/complaints/" + id)
                .then()
                .body("rating", equalTo(4))
                .body("ratingAtResolution", equalTo(1))
                .body("status", equalTo("resolved"));
    }

    static String resolvedComplaint() {
        String id = Api.acknowledgedComplaint();
        Api.action(id, "resolve", Map.of("outcome", "explained", "summary", "Explained the delay"))
                .statusCode(200);
        return id;
    }

    private static ValidatableResponse answer(String id, Integer satisfaction, Boolean wouldReturn, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("satisfaction", satisfaction);
        body.put("wouldReturn", wouldReturn);
        if (comment != null) {
            body.put("comment", comment);
        }
        return Api.given()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/complaints/" + id + "/feedback")
                .then();
    }
}
