package dev.reviewflow.reply;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reviewflow.support.Api;

import static dev.reviewflow.support.Api.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every endpoint that runs the reply guard, fed the long runs that used to overflow the stack of
 * its regular expressions (a 500 then), and the request rules seen through the HTTP API.
 */
@QuarkusTest
class GuardedEndpointsTest {

    private static final int BODY_LIMIT = 10_000;

    @ParameterizedTest
    @ValueSource(strings = {"!", "1-", "a-", "a'", "1 ", "(1)", "A ", "a@", "!\uFE0F", "𝐀a", "e\u0301", "Ա՞"})
    void longRunsAreCheckedNotCrashedOn(String piece) {
        String body = piece.repeat(BODY_LIMIT / piece.length());
        given().contentType(ContentType.JSON)
                .body(Map.of("body", body))
                .post("/v1/reply-checks")
                .then()
                .statusCode(200);

        String acknowledged = Api.acknowledgedComplaint();
        given().contentType(ContentType.JSON)
                .body(Map.of("visibility", "public", "body", body, "author", "Maria"))
                .post("/v1/complaints/" + acknowledged + "/replies")
                .then()
                .statusCode(is(oneOf(201, 422)))
                .contentType(startsWith("application/"));

        String fresh = Api.newComplaint();
        Api.action(fresh, "acknowledge", Map.of("reply", body, "author", "Maria"))
                .statusCode(is(oneOf(200, 422)))
                .contentType(startsWith("application/"));
    }

    @Test
    void askingForTheCustomersContactsInPublicIsRefused() {
        String id = Api.acknowledgedComplaint();
        String text = "Please leave your phone number and email here and we'll call you.";
        given().contentType(ContentType.JSON)
                .body(Map.of("visibility", "public", "body", text, "author", "Maria"))
                .post("/v1/complaints/" + id + "/replies")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("findings.code", contains("private-data-request", "private-data-request"));
    }

    @Test
    void askingForTheAccountNumberByDirectMessageAcknowledgesTheComplaint() {
        String id = Api.newComplaint();
        String text = "We're sorry about the double charge. Please send us your account number by direct message,"
                + " not here in the comments.";
        Api.action(id, "acknowledge", Map.of("reply", text, "author", "Maria"))
                .statusCode(200)
                .body("status", equalTo("acknowledged"))
                .body("warnings", anyOf(nullValue(), empty()));
    }

    @Test
    void askingForTheCardNumberEvenByDirectMessageIsPostedWithAWarning() {
        String id = Api.acknowledgedComplaint();
        given().contentType(ContentType.JSON)
                .body(Map.of("visibility", "public", "body", "Sorry! DM us your card number.", "author", "Maria"))
                .post("/v1/complaints/" + id + "/replies")
                .then()
                .statusCode(201)
                .body("findings.code", hasItem("secret-data-request"))
                .body("findings.severity", contains("warn"));
    }
}
