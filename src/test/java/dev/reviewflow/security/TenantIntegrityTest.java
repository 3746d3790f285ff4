package dev.reviewflow.security;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static dev.reviewflow.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The database keeps rows in their workspace and keys to known scopes even against a writer
 * other than the service; and the service turns only known scopes into roles, whatever a row says.
 */
@QuarkusTest
class TenantIntegrityTest {

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String CHECK_VIOLATION = "23514";

    @Test
    void aReplyCannotReferenceAComplaintOfAnotherWorkspace() {
        String complaint = Api.newComplaint();
        String home = workspaceOf(complaint);
        String other = Api.newWorkspace();

        assertEquals(1, insertReply(complaint, home));
        assertEquals(FOREIGN_KEY_VIOLATION, sqlStateOf(() -> insertReply(complaint, other)));
    }

    @Test
    void aTimelineEventCannotReferenceAComplaintOfAnotherWorkspace() {
        String complaint = Api.newComplaint();
        String home = workspaceOf(complaint);
        String other = Api.newWorkspace();

        assertEquals(1, insertTimelineEvent(complaint, home));
        assertEquals(FOREIGN_KEY_VIOLATION, sqlStateOf(() -> insertTimelineEvent(complaint, other)));
    }

    @Test
    void aKeyRowHoldsEveryKnownScopeAndNoOther() {
        String workspace = Api.newWorkspace();
        String everyScope = String.join(",", JsonEnums.wireNames(Scope.class));

        assertEquals(1, insertKey(workspace, everyScope));
        for (String unknown : List.of("superuser", Scope.Names.PLATFORM_ADMIN, "Admin", "")) {
            assertEquals(
                    CHECK_VIOLATION,
                    sqlStateOf(() -> insertKey(workspace, "complaints:read," + unknown)),
                    "scope \"" + unknown + "\"");
        }
    }

    /**
     * A row the constraint would refuse (written before it existed, or with it dropped) still
     * gives only the known scopes: here platform:admin, which only the bootstrap key may hold.
     */
    @Test
    void aKeyRowWithAnUnknownScopeGetsOnlyItsKnownScopes() {
        String workspace = Api.newWorkspace();
        String keyId = UUID.randomUUID().toString();
        String secret = ApiKeySecrets.generate();
        Sql.update("do $$ declare definition text; begin"
                + " select pg_get_constraintdef(oid) into strict definition from pg_constraint"
                + "   where conname = 'ck_api_key_scopes';"
                + " alter table api_key drop constraint ck_api_key_scopes;"
                + " insert into api_key (id, workspace_id, name, scopes, secret_hash, secret_prefix, created_at,"
                + "   created_by) values ('" + keyId + "', '" + workspace + "', 'forged',"
                + "   array['complaints:read', 'platform:admin', 'superuser'], '" + ApiKeySecrets.hash(secret)
                + "', 'rf_forged', now(), 'test');"
                + " execute format('alter table api_key add constraint ck_api_key_scopes %s not valid', definition);"
                + " end $$");
        try {
            as(secret).get("/v1/complaints").then().statusCode(200);
            as(secret)
                    .contentType(ContentType.JSON)
                    .body(Map.of("id", "ws-" + UUID.randomUUID().toString().substring(0, 18), "name", "Forged"))
                    .post("/v1/workspaces")
                    .then()
                    .statusCode(403);
            as(Api.bootstrapKey())
                    .get("/v1/workspaces/" + workspace + "/api-keys")
                    .then()
                    .statusCode(200)
                    .body("scopes", contains(List.of("complaints:read")));
        } finally {
            Sql.update("do $$ begin delete from api_key where id = '" + keyId + "';"
                    + " alter table api_key validate constraint ck_api_key_scopes; end $$");
        }
    }

    private static String workspaceOf(String complaint) {
        return Sql.queryOne("select workspace_id from complaint where id = ?::uuid", complaint);
    }

    private static int insertReply(String complaint, String workspace) {
        return Sql.update(
                "insert into reply (id, complaint_id, workspace_id, visibility, body, author, created_at)"
                        + " values (gen_random_uuid(), ?::uuid, ?, 'INTERNAL', 'note', 'test', now())",
                complaint,
                workspace);
    }

    private static int insertTimelineEvent(String complaint, String workspace) {
        return Sql.update(
                "insert into timeline_event (complaint_id, workspace_id, type, occurred_at, actor, sequence)"
                        + " values (?::uuid, ?, 'NOTE', now(), 'test',"
                        + " (select coalesce(max(sequence), 0) + 1 from timeline_event where complaint_id = ?::uuid))",
                complaint,
                workspace,
                complaint);
    }

    private static int insertKey(String workspace, String scopes) {
        return Sql.update(
                "insert into api_key (id, workspace_id, name, scopes, secret_hash, secret_prefix, created_at,"
                        + " created_by) values (gen_random_uuid(), ?, 'raw', string_to_array(?, ','), ?, 'rf_raw',"
                        + " now(), 'test')",
                workspace,
                scopes,
                ApiKeySecrets.hash(ApiKeySecrets.generate()));
    }

    private static String sqlStateOf(Executable statement) {
        IllegalStateException failure = assertThrows(IllegalStateException.class, statement);
        return assertInstanceOf(SQLException.class, failure.getCause()).getSQLState();
    }
}
