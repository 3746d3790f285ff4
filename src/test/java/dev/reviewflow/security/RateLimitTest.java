package dev.reviewflow.security;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;

import static dev.reviewflow.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(RateLimitTest.FiveRequestsPerMinute.class)
class RateLimitTest {

    public static class FiveRequestsPerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("reviewflow.security.requests-per-minute", "5");
        }
    }

    @Test
    void aKeyOverItsLimitGets429WithRetryAfterAndOtherKeysGoOn() {
        String workspace = Api.newWorkspace();
        String busy = Api.newKey(workspace, List.of("complaints:read"));
        String calm = Api.newKey(workspace, List.of("complaints:read"));
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
        as(calm).get("/v1/complaints").then().statusCode(200);
    }
}
