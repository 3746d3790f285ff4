package dev.reviewflow.insight;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Complaints from before terms existed get the terms a new complaint gets, once, and leave the queue. */
@QuarkusTest
class PatternTermsBackfillTest {

    @Inject
    PatternTermsBackfill backfill;

    @Test
    void aQueuedComplaintGetsTheTermsOfANewOneAndLeavesTheQueue() {
        String workspace = Api.newWorkspace();
        String id = Api.as(Api.newKey(workspace, Api.ALL_SCOPES))
                .contentType(ContentType.JSON)
                .body(Api.complaint(Map.of(
                        "body", "The pizza arrived cold on Saturday night.",
                        "language", "en",
                        "tags", List.of("delivery"))))
                .post("/v1/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String asWritten = terms(id);
        assertTrue(asWritten.contains("cold") && asWritten.contains("#delivery"), asWritten);
        // As it was before the upgrade: no terms, and queued by V13.
        Sql.update("delete from complaint_term where complaint_id = ?::uuid", id);
        Sql.update(
                "insert into complaint_term_backfill (complaint_id, workspace_id) values (?::uuid, ?)", id, workspace);
        assertNull(terms(id));

        assertTrue(backfill.backfillBatch() >= 1);

        assertEquals(asWritten, terms(id));
        assertNull(Sql.queryOne("select complaint_id from complaint_term_backfill where complaint_id = ?::uuid", id));
        assertEquals(
                workspace + " GOOGLE",
                Sql.queryOne(
                        "select distinct workspace_id || ' ' || channel from complaint_term where complaint_id = ?::uuid",
                        id));
    }

    private static String terms(String id) {
        return Sql.queryOne(
                "select string_agg(term, ' ' order by term) from complaint_term where complaint_id = ?::uuid", id);
    }
}
