package dev.reviewflow.sla;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import dev.reviewflow.complaint.SlaClock;
import dev.reviewflow.support.Sql;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SLA lookups can be served by the partial indexes of V9: with sequential scans priced out,
 * PostgreSQL plans each on its index, which it can only do when the query implies the index's
 * condition. A query that drifts from its index fails here.
 */
@QuarkusTest
class SlaIndexesTest {

    private static String plan(String sql, Object... parameters) throws SQLException {
        try (Connection connection = Sql.connection()) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                settings.execute("set local enable_seqscan = off");
            }
            try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    explain.setObject(i + 1, parameters[i]);
                }
                List<String> lines = new ArrayList<>();
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
                return String.join("\n", lines);
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void theBreachJobFindsDueBreachesOnItsIndexes() throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        // Either partial index of a clock serves its lookup (the open-clock one holds a superset of
        // the rows); which one the planner takes depends on the statistics the rest of the suite left.
        assertUsesOneOf(
                plan(SlaBreaches.findDueSql(SlaClock.ACKNOWLEDGEMENT), now, 500),
                "ix_complaint_ack_breach_due",
                "ix_complaint_ack_open_due");
        assertUsesOneOf(
                plan(SlaBreaches.findDueSql(SlaClock.PRIVATE_CONTACT), now, 500),
                "ix_complaint_private_contact_breach_due",
                "ix_complaint_private_contact_open_due");
        assertUsesOneOf(
                plan(SlaBreaches.findDueSql(SlaClock.RESOLUTION), now, 500),
                "ix_complaint_resolution_breach_due",
                "ix_complaint_resolution_open_due");
    }

    @Test
    void theListFiltersUseTheirIndexes() throws SQLException {
        // The conditions Complaint.page adds for dueBefore and slaStatus=missed. Without the tenant
        // filter: on the few rows of a test database the planner serves that one from the
        // workspace's own indexes, whatever else the query says.
        String dueBefore = plan(
                "select id from complaint where (ack_due_at < ? and acknowledged_at is null)"
                        + " or (private_contact_due_at < ? and moved_to_private_at is null and resolved_at is null)"
                        + " or (resolution_due_at < ? and resolved_at is null)",
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
        assertUses(dueBefore, "ix_complaint_ack_open_due");
        assertUses(dueBefore, "ix_complaint_private_contact_open_due");
        assertUses(dueBefore, "ix_complaint_resolution_open_due");
        assertUses(
                plan("select id from complaint where sla_missed = true order by received_at desc, id desc limit 51"),
                "ix_complaint_sla_missed");
    }

    private static void assertUsesOneOf(String plan, String... indexes) {
        assertTrue(
                java.util.Arrays.stream(indexes).anyMatch(plan::contains),
                "expected one of " + List.of(indexes) + " in\n" + plan);
        assertTrue(!plan.contains("Seq Scan on complaint"), "no sequential scan in\n" + plan);
    }

    private static void assertUses(String plan, String index) {
        assertTrue(plan.contains(index), "expected " + index + " in\n" + plan);
    }
}
