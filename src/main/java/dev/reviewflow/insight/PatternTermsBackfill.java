package dev.reviewflow.insight;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Gives the complaints received before terms existed (queued by migration V13) their terms, a
 * batch per transaction, on whichever replica claims the batch first (SKIP LOCKED). Each
 * complaint is locked while its terms are written, as every writer of its text locks it, so an
 * erasure or edit running meanwhile is either seen here or rewrites the terms after. Plain SQL
 * across workspaces, each row naming its own.
 */
@ApplicationScoped
class PatternTermsBackfill {

    static final int BATCH = 500;

    private static final String CLAIM = "select c.id, c.workspace_id, c.title, c.body, c.language, c.tags,"
            + " c.received_at, c.channel, c.location from complaint_term_backfill q"
            + " join complaint c on c.id = q.complaint_id and c.workspace_id = q.workspace_id"
            + " order by q.complaint_id limit ? for update of q, c skip locked";

    private final AgroalDataSource dataSource;
    private final TermAnalysis analysis = new TermAnalysis();

    PatternTermsBackfill(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(
            identity = "pattern-terms-backfill",
            every = "${reviewflow.insights.term-backfill-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        while (backfillBatch() == BATCH) {
            // a full batch: there may be more
        }
    }

    /** Analyses one batch of queued complaints; returns how many. */
    int backfillBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement claim = connection.prepareStatement(CLAIM);
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into complaint_term (complaint_id, workspace_id, term, received_at, channel, location)"
                                    + " select ?, ?, term, ?, ?, ? from unnest(?) as term on conflict do nothing");
                    PreparedStatement markStale = connection.prepareStatement("select insight_mark_stale(?, ?)");
                    PreparedStatement dequeue =
                            connection.prepareStatement("delete from complaint_term_backfill where complaint_id = ?")) {
                claim.setInt(1, BATCH);
                int done = 0;
                try (ResultSet rows = claim.executeQuery()) {
                    while (rows.next()) {
                        write(connection, insert, rows);
                        // The terms changed without the complaint: its day's rollup is out of date.
                        markStale.setString(1, rows.getString(2));
                        markStale.setObject(2, rows.getObject(7, OffsetDateTime.class));
                        markStale.execute();
                        dequeue.setObject(1, rows.getObject(1));
                        dequeue.executeUpdate();
                        done++;
                    }
                }
                return done;
            }
        });
    }

    private void write(Connection connection, PreparedStatement insert, ResultSet complaint) throws SQLException {
        Array tagArray = complaint.getArray(6);
        List<String> tags = tagArray == null ? List.of() : List.of((String[]) tagArray.getArray());
        Set<String> terms =
                analysis.terms(complaint.getString(3), complaint.getString(4), complaint.getString(5), tags);
        if (terms.isEmpty()) {
            return;
        }
        insert.setObject(1, complaint.getObject(1));
        insert.setString(2, complaint.getString(2));
        insert.setObject(3, complaint.getObject(7, OffsetDateTime.class));
        insert.setString(4, complaint.getString(8));
        insert.setString(5, complaint.getString(9));
        insert.setArray(6, connection.createArrayOf("text", terms.toArray()));
        insert.executeUpdate();
    }
}
