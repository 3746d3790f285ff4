package dev.reviewflow.observability;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Metrics;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every answer carries a request id, the caller's when it is sane, and the request's log lines carry it too. */
@QuarkusTest
class RequestIdTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** The MDC request id of each access log line, as it was when the line was written. */
    private final List<String> accessLogIds = new CopyOnWriteArrayList<>();

    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext && "io.quarkus.http.access-log".equals(ext.getLoggerName())) {
                accessLogIds.add(String.valueOf(ext.getMdc("requestId")));
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureAccessLog() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aSaneCallerIdIsEchoedAndCarriedByTheRequestsLogLines() {
        String id = "gw-" + Api.uniqueId();
        Api.given()
                .header("X-Request-Id", id)
                .get("/v1/complaints")
                .then()
                .statusCode(200)
                .header("X-Request-Id", id);
        assertTrue(accessLogIds.contains(id), "access log request ids: " + accessLogIds);
    }

    @Test
    void withoutAnIdOrWithAnInsaneOneTheServiceMakesItsOwn() {
        Api.given().get("/v1/complaints").then().header("X-Request-Id", matchesPattern(UUID_PATTERN));
        for (String insane :
                List.of("short", "x".repeat(129), "has spaces in it", "line\u0085break-000", "ab;cd=ef/gh")) {
            Api.given()
                    .header("X-Request-Id", insane)
                    .get("/v1/complaints")
                    .then()
                    .header("X-Request-Id", matchesPattern(UUID_PATTERN));
        }
    }

    @Test
    void problemsAndTheManagementPortCarryTheIdToo() {
        String id = "req-" + Api.uniqueId();
        Api.as(null)
                .header("X-Request-Id", id)
                .get("/v1/complaints")
                .then()
                .statusCode(401)
                .header("X-Request-Id", id);
        RestAssured.given()
                .port(Metrics.managementPort())
                .header("X-Request-Id", id)
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .header("X-Request-Id", equalTo(id));
    }
}
