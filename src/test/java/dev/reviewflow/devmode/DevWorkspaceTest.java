package dev.reviewflow.devmode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static dev.reviewflow.support.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class DevWorkspaceTest {

    private static final String KEYS = "/v1/workspaces/" + DevWorkspace.ID + "/api-keys";

    @Inject
    DevWorkspace devWorkspace;

    @TempDir
    Path directory;

    /** The dev workspace has a fixed id: each test starts without it, whichever ran before. */
    @AfterEach
    void wipeTheDevWorkspace() {
        for (String table : new String[] {"timeline_event", "reply", "complaint", "api_key"}) {
            Sql.update("delete from " + table + " where workspace_id = ?", DevWorkspace.ID);
        }
        Sql.update("delete from workspace where id = ?", DevWorkspace.ID);
    }

    /**
     * Runs the start handler again too: the suite's own start came before any test, and the wipe
     * after each test would hide what that start made.
     */
    @Test
    void outsideDevModeAStartMakesNoWorkspaceOrKey() {
        devWorkspace.onStart(new StartupEvent());

        as(Api.bootstrapKey()).get("/v1/workspaces").then().statusCode(200).body("id", not(hasItem(DevWorkspace.ID)));
        assertEquals("0", Sql.queryOne("select count(*) from api_key where created_by = ?", DevWorkspace.CREATED_BY));
    }

    @Test
    void makesTheDevWorkspaceWithAKeyOfEveryScopeKeptInItsFile() throws IOException {
        String key = devWorkspace.ensure(directory);

        assertEquals(
                key, Files.readString(directory.resolve("dev-workspace-key")).trim());
        as(Api.bootstrapKey())
                .get(KEYS)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].scopes", containsInAnyOrder(Api.ALL_SCOPES.toArray()));
        String id = Api.newComplaintAs(key);
        as(key).get("/v1/complaints/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void reusesTheKeptKeyOnTheNextStart() {
        String key = devWorkspace.ensure(directory);

        assertEquals(key, devWorkspace.ensure(directory));
        as(Api.bootstrapKey()).get(KEYS).then().body("size()", equalTo(1));
        Api.newComplaintAs(key);
    }

    @Test
    void storesTheKeptKeyAgainWhenTheDatabaseWasWiped() {
        String key = devWorkspace.ensure(directory);
        wipeTheDevWorkspace();

        assertEquals(key, devWorkspace.ensure(directory));
        Api.newComplaintAs(key);
    }

    @Test
    void makesANewKeyWhenTheKeptOneWasRevoked() throws IOException {
        String revoked = devWorkspace.ensure(directory);
        String keyId = as(Api.bootstrapKey()).get(KEYS).then().extract().path("[0].id");
        as(Api.bootstrapKey()).delete(KEYS + "/" + keyId).then().statusCode(204);

        String key = devWorkspace.ensure(directory);

        assertNotEquals(revoked, key);
        assertEquals(
                key, Files.readString(directory.resolve("dev-workspace-key")).trim());
        as(revoked).get("/v1/complaints").then().statusCode(401);
        Api.newComplaintAs(key);
    }
}
