package dev.reviewflow.complaint;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.reviewflow.common.persistence.TransactionSql;

/**
 * Reads a complaint by id for an answer, in one prepared statement that names the workspace,
 * instead of through Hibernate: with the tenant filter on, Hibernate builds its loader, load
 * plan and SQL anew for every load by id, which took half of the CPU of a read (README
 * "Performance"). The complaint it returns is not managed: for views only, never to change.
 * {@code ComplaintReadsTest} holds the columns here to the entity's mapping.
 */
final class ComplaintReads {

    static final List<String> COLUMNS = List.of(
            "id",
            "workspace_id",
            "channel",
            "external_id",
            "source_url",
            "author",
            "customer_name",
            "customer_email",
            "customer_phone",
            "rating",
            "title",
            "body",
            "language",
            "posted_at",
            "tags",
            "priority",
            "priority_explicit",
            "assignee",
            "location",
            "status",
            "resolved_from",
            "received_at",
            "acknowledged_at",
            "moved_to_private_at",
            "private_channel",
            "resolved_at",
            "resolution_outcome",
            "resolution_summary",
            "rating_at_resolution",
            "feedback_satisfaction",
            "feedback_would_return",
            "feedback_comment",
            "feedback_answered_at",
            "feedback_resolved_at",
            "search_text",
            "customer_erased_at",
            "ticket_system",
            "ticket_id",
            "ticket_url",
            "sla_policy_id",
            "ack_due_at",
            "ack_breach_recorded_at",
            "private_contact_due_at",
            "private_contact_breach_recorded_at",
            "resolution_due_at",
            "resolution_breach_recorded_at",
            "sla_missed",
            "version");

    private static final String BY_ID =
            "select " + String.join(", ", COLUMNS) + " from complaint where id = ? and workspace_id = ?";

    private ComplaintReads() {}

    static Optional<Complaint> byId(String workspace, UUID id) {
        return TransactionSql.query(
                BY_ID,
                statement -> {
                    statement.setObject(1, id);
                    statement.setString(2, workspace);
                },
                rows -> rows.next() ? Optional.of(complaint(rows)) : Optional.<Complaint>empty());
    }

    private static Complaint complaint(ResultSet row) throws SQLException {
        Complaint c = new Complaint();
        c.id = row.getObject("id", UUID.class);
        c.workspaceId = row.getString("workspace_id");
        c.channel = Channel.valueOf(row.getString("channel"));
        c.externalId = row.getString("external_id");
        c.sourceUrl = row.getString("source_url");
        c.author = row.getString("author");
        c.customer = customer(row);
        c.rating = integer(row, "rating");
        c.title = row.getString("title");
        c.body = row.getString("body");
        c.language = row.getString("language");
        c.postedAt = instant(row, "posted_at");
        c.tags = tags(row.getArray("tags"));
        c.priority = Priority.valueOf(row.getString("priority"));
        c.priorityExplicit = row.getBoolean("priority_explicit");
        c.assignee = row.getString("assignee");
        c.location = row.getString("location");
        c.restoreStatus(
                ComplaintStatus.valueOf(row.getString("status")),
                enumValue(ComplaintStatus.class, row.getString("resolved_from")));
        c.receivedAt = instant(row, "received_at");
        c.acknowledgedAt = instant(row, "acknowledged_at");
        c.movedToPrivateAt = instant(row, "moved_to_private_at");
        c.privateChannel = enumValue(PrivateChannel.class, row.getString("private_channel"));
        c.resolvedAt = instant(row, "resolved_at");
        c.resolutionOutcome = enumValue(Outcome.class, row.getString("resolution_outcome"));
        c.resolutionSummary = row.getString("resolution_summary");
        c.ratingAtResolution = integer(row, "rating_at_resolution");
        c.feedback = feedback(row);
        c.searchText = row.getString("search_text");
        c.customerErasedAt = instant(row, "customer_erased_at");
        c.ticketSystem = enumValue(TicketSystem.class, row.getString("ticket_system"));
        c.ticketId = row.getString("ticket_id");
        c.ticketUrl = row.getString("ticket_url");
        c.slaPolicyId = row.getObject("sla_policy_id", UUID.class);
        c.ackDueAt = instant(row, "ack_due_at");
        c.ackBreachRecordedAt = instant(row, "ack_breach_recorded_at");
        c.privateContactDueAt = instant(row, "private_contact_due_at");
        c.privateContactBreachRecordedAt = instant(row, "private_contact_breach_recorded_at");
        c.resolutionDueAt = instant(row, "resolution_due_at");
        c.resolutionBreachRecordedAt = instant(row, "resolution_breach_recorded_at");
        c.slaMissed = row.getBoolean("sla_missed");
        c.version = row.getLong("version");
        return c;
    }

    /** As Hibernate reads an embedded value: null when all its columns are. */
    private static Customer customer(ResultSet row) throws SQLException {
        Customer customer = new Customer();
        customer.name = row.getString("customer_name");
        customer.email = row.getString("customer_email");
        customer.phone = row.getString("customer_phone");
        return customer.isEmpty() ? null : customer;
    }

    private static Feedback feedback(ResultSet row) throws SQLException {
        Feedback feedback = new Feedback();
        feedback.satisfaction = integer(row, "feedback_satisfaction");
        feedback.wouldReturn = row.getObject("feedback_would_return", Boolean.class);
        feedback.comment = row.getString("feedback_comment");
        feedback.answeredAt = instant(row, "feedback_answered_at");
        feedback.resolvedAt = instant(row, "feedback_resolved_at");
        boolean empty = feedback.satisfaction == null
                && feedback.wouldReturn == null
                && feedback.comment == null
                && feedback.answeredAt == null
                && feedback.resolvedAt == null;
        return empty ? null : feedback;
    }

    private static Integer integer(ResultSet row, String column) throws SQLException {
        return row.getObject(column, Integer.class);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static List<String> tags(Array array) throws SQLException {
        return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
