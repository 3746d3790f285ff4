package dev.reviewflow.support;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.ResponseBuilder;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check of every answer against openapi/openapi.yaml is on for the whole suite, and it fails
 * on answers that differ from the document. The answers are real ones, changed after the fact.
 */
@QuarkusTest
class OpenApiResponsesTest {

    private final OpenApiResponses check = OpenApiResponses.forTests();

    @Test
    void everyRequestOfTheSuiteGoesThroughTheCheck() {
        assertTrue(
                RestAssured.filters().stream()
                        .anyMatch(filter -> filter.getClass().getName().equals(OpenApiResponses.class.getName())),
                "OpenApiResponsesExtension did not register the check: " + RestAssured.filters());
    }

    @Test
    void aRealAnswerPasses() {
        Response answer = complaint();

        assertDoesNotThrow(() -> check.check("GET", path(answer), answer));
    }

    @Test
    void aMissingRequiredMemberFailsNamingTheOperation() {
        Response answer = complaint();
        Response changed = new ResponseBuilder()
                .clone(answer)
                .setBody(answer.asString().replaceFirst(",\"version\":\\d+", ""))
                .build();

        AssertionError failure = assertThrows(AssertionError.class, () -> check.check("GET", path(answer), changed));
        assertTrue(failure.getMessage().contains("getComplaint"), failure.getMessage());
        assertTrue(failure.getMessage().contains("version"), failure.getMessage());
    }

    @Test
    void aMemberOfAnotherTypeFails() {
        Response answer = complaint();
        Response changed = new ResponseBuilder()
                .clone(answer)
                .setBody(answer.asString().replaceFirst("\"rating\":1", "\"rating\":\"1\""))
                .build();

        AssertionError failure = assertThrows(AssertionError.class, () -> check.check("GET", path(answer), changed));
        assertTrue(failure.getMessage().contains("at /rating"), failure.getMessage());
    }

    @Test
    void aMemberTheDocumentDoesNotListFails() {
        Response answer = complaint();
        Response changed = new ResponseBuilder()
                .clone(answer)
                .setBody(answer.asString().replaceFirst("\\{", "{\"undocumented\":1,"))
                .build();

        AssertionError failure = assertThrows(AssertionError.class, () -> check.check("GET", path(answer), changed));
        assertTrue(failure.getMessage().contains("undocumented"), failure.getMessage());
    }

    @Test
    void anUndocumentedStatusFails() {
        Response answer = complaint();
        Response changed =
                new ResponseBuilder().clone(answer).setStatusCode(418).build();

        assertThrows(AssertionError.class, () -> check.check("GET", path(answer), changed));
    }

    @Test
    void aProblemWithoutItsDocumentedHeaderFails() {
        Response answer = Api.as(null).get("/v1/complaints");
        Response changed = new ResponseBuilder()
                .clone(answer)
                .setHeaders(new Headers(new Header("Content-Type", answer.contentType())))
                .build();

        assertDoesNotThrow(() -> check.check("GET", "/v1/complaints", answer));
        AssertionError failure =
                assertThrows(AssertionError.class, () -> check.check("GET", "/v1/complaints", changed));
        assertTrue(failure.getMessage().contains("WWW-Authenticate"), failure.getMessage());
    }

    private static Response complaint() {
        String id = Api.newComplaint();
        return Api.given().get("/v1/complaints/" + id);
    }

    private static String path(Response answer) {
        return "/v1/complaints/" + answer.path("id");
    }
}
