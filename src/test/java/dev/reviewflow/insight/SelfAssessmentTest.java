package dev.reviewflow.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The workspace's own estimate: its admin sets it, from 0.0 to 1.0; others do not see it. */
@QuarkusTest
class SelfAssessmentTest {

    private String workspace;
    private String admin;

    @BeforeEach
    void freshWorkspace() {
        workspace = Api.newWorkspace();
        admin = Api.newKey(workspace, List.of("admin"));
    }

    @Test
    void anAdminSetsAndReadsTheEstimate() {
        get(admin).statusCode(200).body("excellentShare", nullValue()).body("assessedAt", nullValue());
        put(admin, 0.62).statusCode(200).body("excellentShare", closeTo(0.62, 1e-9));
        put(admin, 1.0).statusCode(200);
        put(Api.bootstrapKey(), 0.0).statusCode(200).body("excellentShare", closeTo(0.0, 1e-9));
        get(admin).statusCode(200).body("excellentShare", closeTo(0.0, 1e-9)).body("assessedAt", notNullValue());
    }

    @Test
    void theShareMustBeBetweenZeroAndOne() {
        put(admin, 1.01).statusCode(422).body("errors[0].field", equalTo("excellentShare"));
        put(admin, -0.1).statusCode(422).body("errors[0].field", equalTo("excellentShare"));
        put(admin, null).statusCode(422).body("errors[0].field", equalTo("excellentShare"));
        Api.as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("excellentShare", "most"))
                .put("/v1/workspaces/" + workspace + "/self-assessment")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("excellentShare"));
        get(admin).statusCode(200).body("excellentShare", nullValue());
    }

    @Test
    void onlyTheWorkspacesAdminMaySeeOrSetIt() {
        put(Api.newKey(workspace, List.of("complaints:read", "complaints:write")))
                .statusCode(403);
        String otherAdmin = Api.newKey(Api.newWorkspace(), List.of("admin"));
        put(otherAdmin, 0.5).statusCode(404);
        get(otherAdmin).statusCode(404);
        Api.as(admin)
                .get("/v1/workspaces/no-such-workspace/self-assessment")
                .then()
                .statusCode(404);
    }

    private ValidatableResponse get(String key) {
        return as(key).get("/v1/workspaces/" + workspace + "/self-assessment").then();
    }

    private ValidatableResponse put(String key) {
        return put(key, 0.5);
    }

    private ValidatableResponse put(String key, Double share) {
        Map<String, Object> body = new HashMap<>();
        body.put("excellentShare", share);
        return as(key).contentType(ContentType.JSON)
                .body(body)
                .put("/v1/workspaces/" + workspace + "/self-assessment")
                .then();
    }

    /** Fractions are read as doubles, so that they compare with the hand-computed ones exactly. */
    private static RequestSpecification as(String key) {
        return Api.as(key)
                .config(RestAssuredConfig.config()
                        .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)));
    }
}
