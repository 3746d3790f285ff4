package dev.reviewflow.security;

import java.net.URL;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static dev.reviewflow.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SecurityTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void keysAreShownOnceAndStoredOnlyAsAHash() throws Exception {
        String workspace = Api.newWorkspace();
        String secret = as(Api.bootstrapKey())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Zendesk", "scopes", List.of("complaints:read")))
                .post("/v1/workspaces/" + workspace + "/api-keys")
                .then()
                .statusCode(201)
                .body("secretPrefix", startsWith("rf_"))
                .extract()
                .path("secret");
        assertTrue(secret.startsWith("rf_") && secret.length() >= 3 + 43, "rf_ and at least 32 random bytes");
        as(Api.bootstrapKey())
                .get("/v1/workspaces/" + workspace + "/api-keys")
                .then()
                .statusCode(200)
                .body("[0]", not(hasKey("secret")))
                .body("[0].name", equalTo("Zendesk"));

        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select * from api_key where workspace_id = ?")) {
            statement.setString(1, workspace);
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next());
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    String value = row.getString(column);
                    assertFalse(
                            value != null && value.contains(secret.substring(3)),
                            "column " + column + " holds the secret");
                }
                assertEquals(ApiKeySecrets.hash(secret), row.getString("secret_hash"));
            }
        }
    }

    @Test
    void revocationTakesEffectWithTheNextRequest() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, List.of("complaints:read", "admin"));
        as(key).get("/v1/complaints").then().statusCode(200);
        String id = as(key).get("/v1/workspaces/" + workspace + "/api-keys")
                .then()
                .extract()
                .path("[0].id");
        as(key).delete("/v1/workspaces/" + workspace + "/api-keys/" + id).then().statusCode(204);
        as(key).get("/v1/complaints")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
    }

    @Test
    void twoWorkspacesIngestingTheSamePostGetTwoComplaintsAndSeeOnlyTheirOwn() {
        String first = Api.newKey(Api.newWorkspace(), Api.ALL_SCOPES);
        String second = Api.newKey(Api.newWorkspace(), Api.ALL_SCOPES);
        Map<String, Object> post = Api.complaint(Map.of("location", "shared-" + Api.uniqueId()));
        String a = as(first)
                .contentType(ContentType.JSON)
                .body(post)
                .post("/v1/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String b = as(second)
                .contentType(ContentType.JSON)
                .body(post)
                .post("/v1/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertNotEquals(a, b);

        as(first).get("/v1/complaints?location=" + post.get("location")).then().body("items.id", equalTo(List.of(a)));
        as(second).get("/v1/complaints?location=" + post.get("location")).then().body("items.id", equalTo(List.of(b)));
        as(first).get("/v1/complaints/" + b).then().statusCode(404).contentType("application/problem+json");
        as(first).get("/v1/complaints/" + b + "/timeline").then().statusCode(404);
    }

    @Test
    void anotherWorkspacesComplaintLooksExactlyLikeOneThatDoesNotExist() {
        String other = Api.newKey(Api.newWorkspace(), Api.ALL_SCOPES);
        String id = Api.newComplaint();
        String foreign = as(other)
                .get("/v1/complaints/" + id)
                .then()
                .statusCode(404)
                .extract()
                .path("detail");
        String missing = as(other)
                .get("/v1/complaints/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .extract()
                .path("detail");
        assertEquals(missing.replaceAll("[0-9a-f-]{36}", "ID"), foreign.replaceAll("[0-9a-f-]{36}", "ID"));
    }

    @Test
    void customerContactDetailsNeedThePiiScope() {
        String workspace = Api.newWorkspace();
        String withPii = Api.newKey(workspace, List.of("complaints:read", "complaints:write", "pii:read"));
        String withoutPii = Api.newKey(workspace, List.of("complaints:read", "complaints:write"));
        Map<String, Object> post =
                Api.complaint(Map.of("customer", Map.of("name", "Jüri Tamm", "email", "jyri@example.ee")));

        String id = as(withoutPii)
                .contentType(ContentType.JSON)
                .body(post)
                .post("/v1/complaints")
                .then()
                .statusCode(201)
                .body("customer", nullValue())
                .extract()
                .path("id");
        as(withoutPii).get("/v1/complaints/" + id).then().body("customer", nullValue());
        as(withoutPii).get("/v1/complaints?limit=1").then().body("items[0].customer", nullValue());
        as(withPii).get("/v1/complaints/" + id).then().body("customer.email", equalTo("jyri@example.ee"));
    }

    @Test
    void erasureWipesTheCustomerEverywhereAndKeepsTheComplaint() {
        Map<String, Object> post = Api.complaint(Map.of(
                "author",
                "@jyri_t",
                "customer",
                Map.of("name", "Jüri Tamm", "email", "jyri@example.ee", "phone", "+372 5123 4567")));
        String id = Api.ingest(post).statusCode(201).extract().path("id");
        Api.acknowledge(id).statusCode(200);

        Api.given()
                .delete("/v1/complaints/" + id + "/customer")
                .then()
                .statusCode(200)
                .body("customer", nullValue())
                .body("author", equalTo("[erased]"))
                .body("customerErasedAt", not(nullValue()))
                .body("status", equalTo("acknowledged"))
                .body("body", equalTo(post.get("body")));
        String timeline = Api.given()
                .get("/v1/complaints/" + id + "/timeline")
                .then()
                .extract()
                .asString();
        assertTrue(timeline.contains("customer-erased"), timeline);

        String stored = Sql.queryOne(
                "select (select string_agg(c::text, ' ') from complaint c where id = ?::uuid)"
                        + " || (select string_agg(t::text, ' ') from timeline_event t where complaint_id = ?::uuid)"
                        + " || (select string_agg(r::text, ' ') from reply r where complaint_id = ?::uuid)",
                id,
                id,
                id);
        for (String erased : List.of("Jüri", "Tamm", "jyri@example.ee", "5123", "@jyri_t")) {
            assertFalse(stored.contains(erased), erased + " is still stored");
        }
    }

    @Test
    void workspaceAdminsManageOnlyTheirOwnWorkspace() {
        String home = Api.newWorkspace();
        String other = Api.newWorkspace();
        String admin = Api.newKey(home, List.of("admin"));
        as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "deputy", "scopes", List.of("admin")))
                .post("/v1/workspaces/" + home + "/api-keys")
                .then()
                .statusCode(201);
        as(admin).get("/v1/workspaces/" + other + "/api-keys").then().statusCode(404);
        as(admin).get("/v1/workspaces").then().statusCode(403);
        as(admin).get("/v1/complaints").then().statusCode(403);
    }

    @Test
    void aKeyGrantsOnlyScopesItHoldsItself() {
        String workspace = Api.newWorkspace();
        String admin = Api.newKey(workspace, List.of("admin"));
        String keys = "/v1/workspaces/" + workspace + "/api-keys";
        as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "reader", "scopes", List.of("admin", "complaints:read", "pii:read")))
                .post(keys)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("scopes"))
                .body("detail", containsString("complaints:read, pii:read"))
                .body("detail", not(containsString("admin,")));
        as(admin).get(keys).then().statusCode(200).body("name", equalTo(List.of("test key")));

        as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "deputy", "scopes", List.of("admin")))
                .post(keys)
                .then()
                .statusCode(201);
        String reader = Api.newKey(workspace, List.of("admin", "complaints:read"));
        as(reader)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "reader", "scopes", List.of("complaints:read", "pii:read")))
                .post(keys)
                .then()
                .statusCode(403)
                .body("detail", containsString("grant pii:read:"));
        as(reader)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "reader", "scopes", List.of("complaints:read")))
                .post(keys)
                .then()
                .statusCode(201);
        // The bootstrap key holds no workspace scope and may grant every one.
        as(Api.bootstrapKey())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "everything", "scopes", Api.ALL_SCOPES))
                .post(keys)
                .then()
                .statusCode(201);
    }

    @Test
    void theBootstrapKeyManagesWorkspacesButReadsNoComplaints() {
        as(Api.bootstrapKey()).get("/v1/workspaces").then().statusCode(200);
        as(Api.bootstrapKey()).get("/v1/complaints").then().statusCode(403).contentType("application/problem+json");
        as(Api.bootstrapKey())
                .contentType(ContentType.JSON)
                .body(Map.of("id", "Not A Valid Id", "name", "x"))
                .post("/v1/workspaces")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void aMalformedAuthorizationHeaderIs401() {
        Api.as(null)
                .header("Authorization", "Basic dXNlcjpwYXNz")
                .get("/v1/complaints")
                .then()
                .statusCode(401);
        Api.as("rf_not-a-real-key")
                .get("/v1/complaints")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;

    @Test
    void healthIsOpenOnTheManagementPortAndNothingOfManagementIsOnThePublicOne() {
        RestAssured.given().get(readiness).then().statusCode(200);
        RestAssured.given().get(liveness).then().statusCode(200);
        for (String path : List.of("/q/health", "/q/health/ready", "/q/openapi", "/q/metrics")) {
            RestAssured.given().get(path).then().statusCode(404);
        }
    }
}
