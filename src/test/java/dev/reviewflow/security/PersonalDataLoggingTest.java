package dev.reviewflow.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Customer contact details never reach the logs, whatever the request does, at any log level. */
@QuarkusTest
class PersonalDataLoggingTest {

    private static final String NAME = "Siti Rahayu";
    private static final String EMAIL = "siti.rahayu@example.id";
    private static final String PHONE = "+62 812 3456 7890";

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    text.append(' ').append(parameter);
                }
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                text.append(' ').append(t);
            }
            if (record instanceof ExtLogRecord ext) {
                text.append(' ').append(ext.getMdcCopy());
            }
            logged.add(text.toString());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureEverything() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void noRequestWritesCustomerContactDetailsToTheLog() {
        Map<String, Object> customer = Map.of("name", NAME, "email", EMAIL, "phone", PHONE);
        String id = Api.ingest(Api.complaint(Map.of("customer", customer)))
                .statusCode(201)
                .extract()
                .path("id");
        // A second delivery, refused and failing requests all carry the personal data too.
        Api.ingest(Api.complaint(Map.of("customer", customer, "rating", 9))).statusCode(422);
        Api.given()
                .contentType(ContentType.JSON)
                .body("{\"customer\": {\"email\": \"" + EMAIL + "\"")
                .post("/v1/complaints")
                .then()
                .statusCode(400);
        Api.action(id, "acknowledge", Map.of("reply", "Dear " + NAME + ", write to " + EMAIL, "author", "Maria"))
                .statusCode(422);
        Api.given().get("/v1/complaints/" + id).then().statusCode(200);
        // A search for the customer is logged (access log) without its query; an id made of
        // personal data is replaced, never logged.
        Api.given().queryParam("q", NAME).get("/v1/complaints").then().statusCode(200);
        Api.given()
                .header("X-Request-Id", EMAIL)
                .get("/v1/complaints/" + id)
                .then()
                .statusCode(200);
        Api.given().delete("/v1/complaints/" + id + "/customer").then().statusCode(200);

        // Proves the capture sees the application's log at all.
        org.jboss.logging.Logger.getLogger(PersonalDataLoggingTest.class).info("capture-canary");
        assertTrue(logged.stream().anyMatch(line -> line.contains("capture-canary")), "the log capture works");
        for (String line : logged) {
            for (String personal : List.of(NAME, "Rahayu", EMAIL, PHONE, "3456")) {
                assertFalse(line.contains(personal), "the log holds personal data: " + line);
            }
        }
    }
}
