package dev.reviewflow.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Metrics;

import static dev.reviewflow.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    private static final int FAILURES_PER_MINUTE = 20;
    private static final String RATE_LIMITED = "reviewflow_throttled_requests_total{reason=\"rate-limit\"}";
    private static final String FAILED_AUTHENTICATIONS =
            "reviewflow_throttled_requests_total{reason=\"failed-authentications\"}";

    /**
     * Low limits; and the client address taken from X-Forwarded-For, as behind a proxy, so that
     * each test has addresses of its own.
     */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "reviewflow.security.requests-per-minute",
                    "5",
                    "reviewflow.security.failed-authentications-per-minute",
                    Integer.toString(FAILURES_PER_MINUTE),
                    "quarkus.http.proxy.proxy-address-forwarding",
                    "true",
                    "quarkus.http.proxy.allow-x-forwarded",
                    "true");
        }
    }

    @Test
    void aKeyOverItsLimitGets429WithRetryAfterAndOtherKeysGoOn() {
        String workspace = Api.newWorkspace();
        String busy = Api.newKey(workspace, List.of("complaints:read"));
        String calm = Api.newKey(workspace, List.of("complaints:read"));
        double rateLimitedBefore = Metrics.value(RATE_LIMITED);
        int served = 0;
        int limited = 0;
        int retryAfter = 0;
        // Eleven requests fall into at most two clock minutes, so at most ten can be served.
        for (int i = 0; i < 11; i++) {
            var response = as(busy).get("/v1/complaints");
            if (response.statusCode() == 429) {
                limited++;
                retryAfter = Integer.parseInt(response.header("Retry-After"));
                response.then().contentType("application/problem+json").body("status", equalTo(429));
            } else {
                served++;
            }
        }
        assertTrue(limited >= 1 && served <= 10, "served " + served + ", limited " + limited);
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(rateLimitedBefore + limited, Metrics.value(RATE_LIMITED));
        as(calm).get("/v1/complaints").then().statusCode(200);
    }

    @Test
    void anAddressWithTooManyFailedAuthenticationsGets429EvenWithAGoodKeyAndOthersGoOn() {
        String attacker = uniqueAddress(10);
        String neighbour = uniqueAddress(11);
        // The bootstrap key has five requests a minute here too: one key mints the others.
        String workspace = Api.newWorkspace();
        String minter = Api.newKey(workspace, List.of("admin", "complaints:read"));
        String good = mint(minter, workspace);
        String unused = mint(minter, workspace);
        String neighbours = mint(minter, workspace);
        double failedAuthenticationsBefore = Metrics.value(FAILED_AUTHENTICATIONS);

        for (int i = 1; i < FAILURES_PER_MINUTE; i++) {
            from(attacker, "rf_guess" + i).get("/v1/complaints").then().statusCode(401);
        }
        // Successes are not counted: after five of them one failure is still left.
        for (int i = 0; i < 5; i++) {
            from(attacker, good).get("/v1/complaints").then().statusCode(200);
        }
        from(attacker, null).get("/v1/complaints").then().statusCode(401);

        String retryAfter = from(attacker, unused)
                .get("/v1/complaints")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("detail", containsString("failed authentications"))
                .extract()
                .header("Retry-After");
        assertTrue(
                Integer.parseInt(retryAfter) >= 1 && Integer.parseInt(retryAfter) <= 60, "Retry-After " + retryAfter);
        from(attacker, "rf_guess").get("/v1/complaints").then().statusCode(429);
        assertEquals(failedAuthenticationsBefore + 2, Metrics.value(FAILED_AUTHENTICATIONS));

        from(neighbour, "rf_guess").get("/v1/complaints").then().statusCode(401);
        from(neighbour, neighbours).get("/v1/complaints").then().statusCode(200);
    }

    private static String mint(String minter, String workspace) {
        return as(minter)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "minted", "scopes", List.of("complaints:read")))
                .post("/v1/workspaces/" + workspace + "/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
    }

    private static RequestSpecification from(String address, String key) {
        return as(key).header("X-Forwarded-For", address);
    }

    /** A random address in {@code firstOctet}.0.0.0/8, which no other test uses. */
    private static String uniqueAddress(int firstOctet) {
        int n = ThreadLocalRandom.current().nextInt(1 << 24);
        return firstOctet + "." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
    }
}
