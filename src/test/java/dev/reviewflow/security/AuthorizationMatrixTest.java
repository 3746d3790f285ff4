package dev.reviewflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static dev.reviewflow.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every endpoint against every kind of bad credentials: each gets its exact status as
 * problem+json, and nothing of the target changes.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Credentials {
        NONE(401),
        REVOKED(401),
        EXPIRED(401),
        WRONG_SCOPE(403),
        OTHER_WORKSPACE(404);

        final int status;

        Credentials(int status) {
            this.status = status;
        }
    }

    /** method, path with {id}, {reply}, {ws}, {key} placeholders, body, content type, scope it needs. */
    record Endpoint(String method, String path, Object body, String contentType, String scope) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final Map<String, Object> PATCH = Map.of("assignee", "mallory");
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/v1/complaints/{id}", null, null, "complaints:read"),
            new Endpoint("PATCH", "/v1/complaints/{id}", PATCH, "application/merge-patch+json", "complaints:write"),
            new Endpoint(
                    "POST",
                    "/v1/complaints/{id}/move-to-private",
                    Map.of("channel", "email"),
                    "application/json",
                    "complaints:write"),
            new Endpoint(
                    "POST",
                    "/v1/complaints/{id}/resolve",
                    Map.of("outcome", "explained", "summary", "x"),
                    "application/json",
                    "complaints:write"),
            new Endpoint(
                    "POST",
                    "/v1/complaints/{id}/reopen",
                    Map.of("reason", "x"),
                    "application/json",
                    "complaints:write"),
            new Endpoint(
                    "POST",
                    "/v1/complaints/{id}/acknowledge",
                    Map.of("reply", "Sorry.", "author", "x"),
                    "application/json",
                    "complaints:write"),
            new Endpoint("DELETE", "/v1/complaints/{id}/customer", null, null, "admin"),
            new Endpoint(
                    "PUT",
                    "/v1/complaints/{id}/ticket",
                    Map.of("system", "zammad", "ticketId", "1"),
                    "application/json",
                    "complaints:write"),
            new Endpoint("DELETE", "/v1/complaints/{id}/ticket", null, null, "complaints:write"),
            new Endpoint("GET", "/v1/complaints/{id}/timeline", null, null, "complaints:read"),
            new Endpoint("GET", "/v1/complaints/{id}/replies", null, null, "complaints:read"),
            new Endpoint(
                    "POST",
                    "/v1/complaints/{id}/replies",
                    Map.of("visibility", "internal", "body", "x", "author", "x"),
                    "application/json",
                    "replies:write"),
            new Endpoint("GET", "/v1/complaints/{id}/replies/{reply}", null, null, "complaints:read"),
            new Endpoint(
                    "POST",
                    "/v1/workspaces/{ws}/api-keys",
                    Map.of("name", "x", "scopes", List.of("admin")),
                    "application/json",
                    "admin"),
            new Endpoint("GET", "/v1/workspaces/{ws}/api-keys", null, null, "admin"),
            new Endpoint("DELETE", "/v1/workspaces/{ws}/api-keys/{key}", null, null, "admin"),
            new Endpoint("GET", "/v1/workspaces/{ws}/settings", null, null, "admin"),
            new Endpoint(
                    "PUT",
                    "/v1/workspaces/{ws}/settings",
                    Map.of("replyAllowedContacts", List.of("x@example.com")),
                    "application/json",
                    "admin"),
            new Endpoint("GET", "/v1/workspaces/{ws}/sla-policy", null, null, "admin"),
            new Endpoint(
                    "PUT",
                    "/v1/workspaces/{ws}/sla-policy",
                    Map.of("targets", Map.of("acknowledgement", "PT2H"), "calendar", Map.of("aroundTheClock", true)),
                    "application/json",
                    "admin"),
            // Not addressed to one complaint or workspace: another workspace's key is simply its own caller there.
            new Endpoint("POST", "/v1/complaints", Api.complaint(Map.of()), "application/json", "complaints:write"),
            new Endpoint("GET", "/v1/complaints", null, null, "complaints:read"),
            new Endpoint("POST", "/v1/reply-checks", Map.of("body", "x"), "application/json", "replies:write"),
            new Endpoint("GET", "/v1/integrations", null, null, "admin"),
            new Endpoint("PUT", "/v1/integrations/zammad", Map.of("active", true), "application/json", "admin"),
            new Endpoint("POST", "/v1/integrations/zammad/secret", null, null, "admin"),
            new Endpoint(
                    "POST",
                    "/v1/workspaces",
                    Map.of("id", "mallory-ws", "name", "x"),
                    "application/json",
                    "platform:admin"),
            new Endpoint("GET", "/v1/workspaces", null, null, "platform:admin"));

    /** The target: a complaint with a reply in the home workspace, and a key of it to revoke. */
    record Fixture(
            String workspace,
            String homeKey,
            String complaint,
            String reply,
            String keyId,
            Map<Credentials, String> keys) {}

    private static Fixture fixture;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Credentials credentials : Credentials.values()) {
                boolean addressed = endpoint.path().contains("{");
                if (credentials == Credentials.OTHER_WORKSPACE && !addressed) {
                    continue;
                }
                cases.add(Arguments.of(endpoint, credentials));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cases")
    void badCredentialsGetTheirStatusAndTouchNothing(Endpoint endpoint, Credentials credentials) {
        Fixture f = fixture();
        String key = credentials == Credentials.WRONG_SCOPE
                ? Api.newKey(
                        f.workspace(),
                        Api.ALL_SCOPES.stream()
                                .filter(s -> !s.equals(endpoint.scope()))
                                .toList())
                : f.keys().get(credentials);
        String before = snapshot(f);

        RequestSpecification request = as(key);
        if (endpoint.body() != null) {
            request.contentType(endpoint.contentType()).body(endpoint.body());
        }
        String path = endpoint.path()
                .replace("{id}", f.complaint())
                .replace("{reply}", f.reply())
                .replace("{ws}", f.workspace())
                .replace("{key}", f.keyId());
        Response response = request.request(endpoint.method(), path);

        response.then()
                .statusCode(credentials.status)
                .contentType("application/problem+json")
                .body("status", equalTo(credentials.status));
        if (credentials.status == 401) {
            response.then().header("WWW-Authenticate", startsWith("Bearer"));
        }
        assertEquals(before, snapshot(f), "the request must not change anything");
    }

    private static synchronized Fixture fixture() {
        if (fixture == null) {
            String workspace = Api.newWorkspace();
            String homeKey = Api.newKey(workspace, Api.ALL_SCOPES);
            String complaint = as(homeKey)
                    .contentType(ContentType.JSON)
                    .body(Api.complaint(Map.of("customer", Map.of("name", "Ani Petrosyan"))))
                    .post("/v1/complaints")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(homeKey)
                    .contentType(ContentType.JSON)
                    .body(Map.of("reply", "We are sorry. Please send us a direct message.", "author", "Maria"))
                    .post("/v1/complaints/" + complaint + "/acknowledge")
                    .then()
                    .statusCode(200);
            String reply = as(homeKey)
                    .get("/v1/complaints/" + complaint + "/replies")
                    .then()
                    .extract()
                    .path("[0].id");
            String keyId = as(homeKey)
                    .get("/v1/workspaces/" + workspace + "/api-keys")
                    .then()
                    .extract()
                    .path("[0].id");

            Response revoked = as(homeKey)
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "to revoke", "scopes", Api.ALL_SCOPES))
                    .post("/v1/workspaces/" + workspace + "/api-keys");
            as(homeKey)
                    .delete("/v1/workspaces/" + workspace + "/api-keys/" + revoked.path("id"))
                    .then()
                    .statusCode(204);
            Response expired = as(homeKey)
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "to expire", "scopes", Api.ALL_SCOPES, "expiresAt", "2099-01-01T00:00:00Z"))
                    .post("/v1/workspaces/" + workspace + "/api-keys");
            expire(expired.path("id"));

            Map<Credentials, String> keys = new java.util.EnumMap<>(Credentials.class);
            keys.put(Credentials.REVOKED, revoked.path("secret"));
            keys.put(Credentials.EXPIRED, expired.path("secret"));
            keys.put(Credentials.OTHER_WORKSPACE, Api.newKey(Api.newWorkspace(), Api.ALL_SCOPES));
            fixture = new Fixture(workspace, homeKey, complaint, reply, keyId, keys);
        }
        return fixture;
    }

    /** Keys cannot be created already expired, so the test moves one's expiry into the past. */
    private static void expire(String keyId) {
        assertEquals(
                1, Sql.update("update api_key set expires_at = now() - interval '1 minute' where id = ?::uuid", keyId));
    }

    /** Everything the matrix could touch, as seen by the home workspace's own key. */
    private String snapshot(Fixture f) {
        String complaint = as(f.homeKey())
                .get("/v1/complaints/" + f.complaint())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String timeline = as(f.homeKey())
                .get("/v1/complaints/" + f.complaint() + "/timeline")
                .then()
                .extract()
                .asString();
        String replies = as(f.homeKey())
                .get("/v1/complaints/" + f.complaint() + "/replies")
                .then()
                .extract()
                .asString();
        String keys = as(f.homeKey())
                .get("/v1/workspaces/" + f.workspace() + "/api-keys")
                .then()
                .extract()
                .asString();
        String slaPolicy = as(f.homeKey())
                .get("/v1/workspaces/" + f.workspace() + "/sla-policy")
                .then()
                .extract()
                .asString();
        String rows =
                Sql.queryOne("select (select count(*) from workspace) || '/' || (select count(*) from complaint)");
        return complaint + timeline + replies + keys + slaPolicy + rows;
    }
}
