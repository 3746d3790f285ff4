package dev.reviewflow.reply;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

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

    @Test
    void theGuardRefusesWithoutWaitingForALockAnotherWriterHolds() throws SQLException {
        String acknowledged = Api.acknowledgedComplaint();
        String fresh = Api.newComplaint();
        RestAssuredConfig failFast = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 10_000));
        try (Connection writer = Sql.connection()) {
            writer.setAutoCommit(false);
            try (PreparedStatement lock =
                    writer.prepareStatement("select id from complaint where id in (?::uuid, ?::uuid) for update")) {
                lock.setString(1, acknowledged);
                lock.setString(2, fresh);
                lock.executeQuery().close();
            }
            String refused = "Please post your card number here.";
            given().config(failFast)
                    .contentType(ContentType.JSON)
                    .body(Map.of("visibility", "public", "body", refused, "author", "Maria"))
                    .post("/v1/complaints/" + acknowledged + "/replies")
                    .then()
                    .statusCode(422);
            given().config(failFast)
                    .contentType(ContentType.JSON)
                    .body(Map.of("reply", refused, "author", "Maria"))
                    .post("/v1/complaints/" + fresh + "/acknowledge")
                    .then()
                    .statusCode(422);
            writer.rollback();
        }
    }

    @Test
    void whereTheCustomersNameStandsIsShownOnlyToCallersWithPiiRead() {
        String id = Api.newComplaint(Map.of("customer", Map.of("name", "Ani Petrosyan")));
        String draft = "Thanks, Maria, Tiina, Ani and Siti, for writing.";
        String withoutPii = Api.newKey(Api.defaultWorkspace(), List.of("complaints:read", "replies:write"));
        Map<String, Object> check = Map.of("body", draft, "complaintId", id);

        Api.as(withoutPii)
                .contentType(ContentType.JSON)
                .body(check)
                .post("/v1/reply-checks")
                .then()
                .statusCode(200)
                .body("acceptable", equalTo(false))
                .body("findings.code", contains("customer-named"))
                .body("findings[0].start", nullValue())
                .body("findings[0].end", nullValue());
        Api.as(withoutPii)
                .contentType(ContentType.JSON)
                .body(Map.of("visibility", "public", "body", draft, "author", "Maria"))
                .post("/v1/complaints/" + id + "/replies")
                .then()
                .statusCode(422)
                .body("findings[0].code", equalTo("customer-named"))
                .body("findings[0].start", nullValue());

        given().contentType(ContentType.JSON)
                .body(check)
                .post("/v1/reply-checks")
                .then()
                .body("findings[0].start", equalTo(draft.indexOf("Ani")))
                .body("findings[0].end", equalTo(draft.indexOf("Ani") + 3));
    }
}
