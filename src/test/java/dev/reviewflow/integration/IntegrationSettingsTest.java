package dev.reviewflow.integration;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class IntegrationSettingsTest {

    @Test
    void settingsAreListedWithTheEventsUrlAndNeverTheSecret() {
        HelpDesks zammad = HelpDesks.setUp("zammad", Map.of("closed", "explained"));

        zammad.api()
                .get("/v1/integrations")
                .then()
                .statusCode(200)
                .body("system", contains("zammad"))
                .body("[0].secret", nullValue())
                .body("[0].outcomeMapping.closed", equalTo("explained"))
                .body("[0].eventsUrl", endsWith("/v1/integrations/zammad/events?workspace=" + zammad.workspace));
    }

    @Test
    void chatwootMayBeGivenItsOwnSecretAndOthersMayNot() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);

        Api.as(key)
                .contentType(ContentType.JSON)
                .body(Map.of("active", true, "secret", "chatwoot-made-this-secret-1234"))
                .put("/v1/integrations/chatwoot")
                .then()
                .statusCode(201)
                .body("secret", nullValue());
        Api.as(key)
                .contentType(ContentType.JSON)
                .body(Map.of("active", true, "secret", "zammad-cannot-take-this-one"))
                .put("/v1/integrations/zammad")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("secret"));
        Api.as(key)
                .contentType(ContentType.JSON)
                .body(Map.of("active", true, "outcomeMapping", Map.of("closed", "fixed")))
                .put("/v1/integrations/zammad")
                .then()
                .statusCode(422);
        Api.as(key)
                .contentType(ContentType.JSON)
                .body(Map.of("active", true))
                .put("/v1/integrations/freshdesk")
                .then()
                .statusCode(404);
    }

    @Test
    void onlyAdminsManageIntegrations() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, List.of("complaints:read", "complaints:write", "replies:write"));

        Api.as(key).get("/v1/integrations").then().statusCode(403);
        Api.as(key)
                .contentType(ContentType.JSON)
                .body(Map.of("active", true))
                .put("/v1/integrations/zammad")
                .then()
                .statusCode(403);
        Api.as(key).post("/v1/integrations/zammad/secret").then().statusCode(403);
    }
}
