package dev.reviewflow.insight;

import java.time.ZoneOffset;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.reviewflow.common.persistence.TransactionSql;
import dev.reviewflow.complaint.Complaint;
import dev.reviewflow.timeline.TimelineRecorded;

/**
 * Keeps each complaint's terms (see {@link TermAnalysis}) in complaint_term, in the transaction
 * that changes what they come from: receipt, a source edit, a PATCH of tags or location, and
 * erasure (the terms are then taken from the scrubbed text, so none keeps a value of the
 * customer). Other events cost nothing here.
 */
@ApplicationScoped
class PatternTerms {

    private final TermAnalysis analysis = new TermAnalysis();

    void onTimeline(@Observes TimelineRecorded event) {
        switch (event.type()) {
            case RECEIVED -> insert(event);
            case SOURCE_UPDATED, CUSTOMER_ERASED -> replace(event);
            case UPDATED -> {
                if (event.data().containsKey("tags") || event.data().containsKey("location")) {
                    replace(event);
                }
            }
            default -> {
                // the terms do not change
            }
        }
    }

    private void replace(TimelineRecorded event) {
        TransactionSql.update("delete from complaint_term where complaint_id = ? and workspace_id = ?", statement -> {
            statement.setObject(1, event.complaintId());
            statement.setString(2, event.workspace());
        });
        insert(event);
    }

    private void insert(TimelineRecorded event) {
        // Loaded (and locked) by the transaction that recorded the event: no query.
        Complaint complaint = Complaint.findById(event.complaintId());
        Set<String> terms = analysis.terms(complaint.title, complaint.body, complaint.language, complaint.tags);
        if (terms.isEmpty()) {
            return;
        }
        TransactionSql.update(
                "insert into complaint_term (complaint_id, workspace_id, term, received_at, channel, location)"
                        + " select ?, ?, term, ?, ?, ? from unnest(?) as term",
                statement -> {
                    statement.setObject(1, complaint.id);
                    statement.setString(2, event.workspace());
                    statement.setObject(3, complaint.receivedAt.atOffset(ZoneOffset.UTC));
                    statement.setString(4, complaint.channel.name());
                    statement.setString(5, complaint.location);
                    statement.setArray(6, statement.getConnection().createArrayOf("text", terms.toArray()));
                });
    }
}
