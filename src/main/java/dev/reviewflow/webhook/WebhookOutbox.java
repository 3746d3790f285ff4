package dev.reviewflow.webhook;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.common.json.JsonText;
import dev.reviewflow.common.persistence.TransactionSql;
import dev.reviewflow.complaint.Complaint;
import dev.reviewflow.complaint.ComplaintClocks;
import dev.reviewflow.complaint.ComplaintStatus;
import dev.reviewflow.complaint.CustomerErased;
import dev.reviewflow.complaint.api.ComplaintView;
import dev.reviewflow.timeline.TimelineRecorded;

/**
 * The transactional outbox: in the transaction that records a timeline event, writes the event
 * (with the complaint as it is then) and one pending delivery per active subscription that wants
 * it. Nothing is sent here; the dispatcher sends after commit. A workspace without subscriptions
 * pays one indexed lookup per event.
 */
@ApplicationScoped
public class WebhookOutbox {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    private final ObjectMapper mapper;
    private final Event<DeliveriesWritten> written;
    private final ComplaintClocks clocks;

    WebhookOutbox(ObjectMapper mapper, Event<DeliveriesWritten> written, ComplaintClocks clocks) {
        this.mapper = mapper;
        this.written = written;
        this.clocks = clocks;
    }

    void enqueue(@Observes TimelineRecorded event) {
        WebhookEventType type = WebhookEventType.of(event.type()).orElse(null);
        if (type == null) {
            return;
        }
        List<UUID> subscribers = subscribers(event.workspace(), type);
        if (subscribers.isEmpty()) {
            return;
        }
        Complaint complaint = Complaint.findById(event.complaintId());
        Map<String, Object> data = new LinkedHashMap<>();
        // Contact details are kept here and left out at send time for subscriptions without pii:read.
        data.put("complaint", ComplaintView.of(complaint, true, clocks.read(complaint)));
        data.put("sequence", event.sequence());
        data.put("from", statusWireName(event.fromStatus()));
        data.put("to", statusWireName(event.toStatus()));
        data.put("actor", event.actor());
        data.put("details", event.data());
        write(event.workspace(), type, event.occurredAt(), event.complaintId(), event.sequence(), data, subscribers);
    }

    /**
     * Writes one event and a pending delivery of it to each of {@code subscriptions}; the event's
     * payload is {@code {"type", "timestamp", "data"}}. A ping has no complaint and no sequence.
     * Returns the event's id.
     */
    UUID write(
            String workspace,
            WebhookEventType type,
            Instant occurredAt,
            UUID complaintId,
            Integer sequence,
            Map<String, Object> data,
            List<UUID> subscriptions) {
        UUID eventId = UUID.randomUUID();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type.wireName());
        payload.put("timestamp", occurredAt);
        payload.put("data", data);
        TransactionSql.update(
                "insert into webhook_event (id, workspace_id, type, occurred_at, complaint_id, sequence, payload)"
                        + " values (?, ?, ?, ?, ?, ?, cast(? as jsonb))",
                statement -> {
                    statement.setObject(1, eventId);
                    statement.setString(2, workspace);
                    statement.setString(3, type.wireName());
                    statement.setObject(4, occurredAt.atOffset(ZoneOffset.UTC));
                    statement.setObject(5, complaintId);
                    statement.setObject(6, sequence);
                    statement.setString(7, json(payload));
                });
        TransactionSql.update(
                "insert into webhook_delivery (id, workspace_id, subscription_id, event_id, complaint_id, sequence,"
                        + " status, attempts, next_attempt_at, created_at)"
                        + " select gen_random_uuid(), ?, subscription, ?, ?, ?, 'PENDING', 0, ?, ?"
                        + " from unnest(?) as subscription",
                statement -> {
                    statement.setString(1, workspace);
                    statement.setObject(2, eventId);
                    statement.setObject(3, complaintId);
                    statement.setObject(4, sequence);
                    statement.setObject(5, occurredAt.atOffset(ZoneOffset.UTC));
                    statement.setObject(6, occurredAt.atOffset(ZoneOffset.UTC));
                    statement.setArray(7, uuidArray(statement, subscriptions));
                });
        written.fire(new DeliveriesWritten());
        return eventId;
    }

    /**
     * Erasure, inside its transaction: events not yet sent, or sent again later (redelivery),
     * carry nothing of the customer: their values are replaced in every text as in the timeline,
     * and the contact details, handle and source link are those of the erased complaint.
     */
    void eraseCustomer(@Observes CustomerErased erased) {
        Complaint complaint = Complaint.findById(erased.complaintId());
        Map<UUID, String> payloads = TransactionSql.query(
                "select id, payload::text from webhook_event where workspace_id = ? and complaint_id = ?",
                statement -> {
                    statement.setString(1, complaint.workspaceId);
                    statement.setObject(2, complaint.id);
                },
                rows -> {
                    Map<UUID, String> read = new LinkedHashMap<>();
                    while (rows.next()) {
                        read.put(rows.getObject(1, UUID.class), rows.getString(2));
                    }
                    return read;
                });
        payloads.forEach((eventId, payload) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> scrubbed =
                    (Map<String, Object>) JsonText.rewritten(parse(payload), erased.traces()::erase);
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) scrubbed.get("data");
            @SuppressWarnings("unchecked")
            Map<String, Object> view = (Map<String, Object>) data.get("complaint");
            view.put("customer", null);
            view.put("author", complaint.author);
            view.put("sourceUrl", complaint.sourceUrl);
            TransactionSql.update("update webhook_event set payload = cast(? as jsonb) where id = ?", statement -> {
                statement.setString(1, json(scrubbed));
                statement.setObject(2, eventId);
            });
        });
    }

    private static List<UUID> subscribers(String workspace, WebhookEventType type) {
        return TransactionSql.query(
                "select id, events from webhook_subscription where workspace_id = ? and active",
                statement -> statement.setString(1, workspace),
                rows -> {
                    List<UUID> wanting = new ArrayList<>();
                    while (rows.next()) {
                        Array events = rows.getArray(2);
                        if (events == null
                                || List.of((Object[]) events.getArray()).contains(type.wireName())) {
                            wanting.add(rows.getObject(1, UUID.class));
                        }
                    }
                    return wanting;
                });
    }

    private static String statusWireName(String status) {
        return status == null ? null : JsonEnums.wireName(ComplaintStatus.valueOf(status));
    }

    private static Array uuidArray(PreparedStatement statement, List<UUID> ids) throws SQLException {
        return statement.getConnection().createArrayOf("uuid", ids.toArray());
    }

    private String json(Map<String, Object> payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook payload is not JSON: " + payload.keySet(), e);
        }
    }

    private Map<String, Object> parse(String payload) {
        try {
            return mapper.readValue(payload, JSON_OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored webhook payload is not a JSON object", e);
        }
    }
}
