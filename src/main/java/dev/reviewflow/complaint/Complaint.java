package dev.reviewflow.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.common.http.EntityTags;
import dev.reviewflow.common.persistence.TransactionSql;
import dev.reviewflow.common.text.TextFolding;

/**
 * A customer's public complaint. Its status changes only through {@link #apply}, which asks
 * {@link ComplaintLifecycle}; the other fields are plain state.
 */
@Entity
@Table(name = "complaint")
// No association loads complaints in batches; with the tenant filter on, Hibernate builds its
// loader anew for every load by id, and a batch loader (Quarkus's default size is 16) costs more
// to build than a single-id one: reads by id ran 16 % faster without it (README "Performance").
@BatchSize(size = 1)
public class Complaint extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The owning workspace: set and filtered by Hibernate from the caller's workspace. */
    @TenantId
    @Column(name = "workspace_id")
    public String workspaceId;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "source_url")
    public String sourceUrl;

    public String author;

    @Embedded
    public Customer customer = new Customer();

    public Integer rating;

    public String title;

    public String body;

    public String language;

    @Column(name = "posted_at")
    public Instant postedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> tags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Priority priority;

    /** True when someone set the priority; false while it follows the rating. */
    @Column(name = "priority_explicit")
    public boolean priorityExplicit;

    public String assignee;

    public String location;

    @Enumerated(EnumType.STRING)
    private ComplaintStatus status = ComplaintStatus.NEW;

    /** Where a resolved complaint was resolved from, so that reopen can return there. */
    @Enumerated(EnumType.STRING)
    @Column(name = "resolved_from")
    private ComplaintStatus resolvedFrom;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "moved_to_private_at")
    public Instant movedToPrivateAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "private_channel")
    public PrivateChannel privateChannel;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution_outcome")
    public Outcome resolutionOutcome;

    @Column(name = "resolution_summary")
    public String resolutionSummary;

    /** The rating when the complaint was resolved; {@link #rating} follows edits made after. */
    @Column(name = "rating_at_resolution")
    public Integer ratingAtResolution;

    /** The customer's latest answer after a resolution; null until there is one. */
    @Embedded
    public Feedback feedback;

    /** Case- and accent-folded title and body, for the {@code q} filter (see TextFolding). */
    @Column(name = "search_text")
    String searchText;

    /** When the customer was erased on request (see {@link #eraseCustomer}). */
    @Column(name = "customer_erased_at")
    public Instant customerErasedAt;

    /** The help-desk ticket the complaint is worked on in (see {@link #linkTicket}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "ticket_system")
    public TicketSystem ticketSystem;

    @Column(name = "ticket_id")
    public String ticketId;

    @Column(name = "ticket_url")
    public String ticketUrl;

    /** The SLA policy version this complaint's clocks follow (null: the built-in default); set on receipt. */
    @Column(name = "sla_policy_id")
    public UUID slaPolicyId;

    @Column(name = "ack_due_at")
    Instant ackDueAt;

    @Column(name = "ack_breach_recorded_at")
    Instant ackBreachRecordedAt;

    @Column(name = "private_contact_due_at")
    Instant privateContactDueAt;

    @Column(name = "private_contact_breach_recorded_at")
    Instant privateContactBreachRecordedAt;

    @Column(name = "resolution_due_at")
    Instant resolutionDueAt;

    @Column(name = "resolution_breach_recorded_at")
    Instant resolutionBreachRecordedAt;

    /** Whether an SLA clock is missed, as of the last step or recorded breach (for the list filter). */
    @Column(name = "sla_missed")
    public boolean slaMissed;

    @Version
    public long version;

    /** What {@link #eraseCustomer} wipes, by API field name. */
    public static final List<String> ERASED_FIELDS =
            List.of("customer.name", "customer.email", "customer.phone", "author", "sourceUrl");

    /** The free-text fields that {@link #eraseCustomer} scrubs of the customer's values, by API field name. */
    public static final List<String> SCRUBBED_FIELDS =
            List.of("title", "body", "resolution.summary", "tags", "assignee", "location", "feedback.comment");

    public ComplaintStatus status() {
        return status;
    }

    public ComplaintStatus resolvedFrom() {
        return resolvedFrom;
    }

    /** The status as stored, for {@link ComplaintReads}: a read, not a step of the lifecycle. */
    void restoreStatus(ComplaintStatus stored, ComplaintStatus storedResolvedFrom) {
        status = stored;
        resolvedFrom = storedResolvedFrom;
    }

    /** Moves the complaint by {@code action}, or throws if the lifecycle refuses it. */
    public ComplaintStatus apply(ComplaintAction action, Instant at) {
        ComplaintStatus from = status;
        ComplaintStatus to = ComplaintLifecycle.next(from, action, resolvedFrom);
        switch (action) {
            case ACKNOWLEDGE -> acknowledgedAt = at;
            case MOVE_TO_PRIVATE -> movedToPrivateAt = at;
            case RESOLVE -> {
                resolvedAt = at;
                resolvedFrom = from;
                ratingAtResolution = rating;
            }
            case REOPEN -> {
                resolvedAt = null;
                resolvedFrom = null;
                resolutionOutcome = null;
                resolutionSummary = null;
                ratingAtResolution = null;
            }
        }
        status = to;
        return from;
    }

    /** When the SLA clock is due; null when it has not started or the policy sets no target for it. */
    public Instant dueAt(SlaClock clock) {
        return switch (clock) {
            case ACKNOWLEDGEMENT -> ackDueAt;
            case PRIVATE_CONTACT -> privateContactDueAt;
            case RESOLUTION -> resolutionDueAt;
        };
    }

    /** When the step that stops the SLA clock was taken (see {@link ComplaintLifecycle#stepReaching}); null before. */
    public Instant reachedAt(SlaClock clock) {
        return switch (ComplaintLifecycle.stepReaching(clock)) {
            case ACKNOWLEDGE -> acknowledgedAt;
            case MOVE_TO_PRIVATE -> movedToPrivateAt;
            case RESOLVE -> resolvedAt;
            case REOPEN -> throw new IllegalStateException("reopening reaches no clock");
        };
    }

    /** Starts, or starts again, an SLA clock: a new due time (null: none) and no breach recorded yet. */
    public void startClock(SlaClock clock, Instant dueAt) {
        switch (clock) {
            case ACKNOWLEDGEMENT -> {
                ackDueAt = dueAt;
                ackBreachRecordedAt = null;
            }
            case PRIVATE_CONTACT -> {
                privateContactDueAt = dueAt;
                privateContactBreachRecordedAt = null;
            }
            case RESOLUTION -> {
                resolutionDueAt = dueAt;
                resolutionBreachRecordedAt = null;
            }
        }
    }

    /**
     * Records that the SLA clock's due time passed before its step: marks the breach as recorded
     * and raises the priority one step, explicitly, so that a later rating change keeps it.
     */
    public void recordBreach(SlaClock clock, Instant at) {
        switch (clock) {
            case ACKNOWLEDGEMENT -> ackBreachRecordedAt = at;
            case PRIVATE_CONTACT -> privateContactBreachRecordedAt = at;
            case RESOLUTION -> resolutionBreachRecordedAt = at;
        }
        slaMissed = true;
        setPriority(priority.raised());
    }

    /**
     * Wipes the customer's contact details, handle and source link (the link names the handle on
     * most channels, and the channel already says where the post was), and replaces the
     * customer's values in every free-text field.
     */
    public void eraseCustomer(CustomerTraces traces, Instant at) {
        setText(traces.erase(title), traces.erase(body));
        resolutionSummary = traces.erase(resolutionSummary);
        tags = new ArrayList<>(
                ComplaintFields.normaliseTags(tags.stream().map(traces::erase).toList()));
        assignee = traces.erase(assignee);
        location = traces.erase(location);
        if (feedback != null) {
            feedback.comment = traces.erase(feedback.comment);
        }
        customer = new Customer();
        author = CustomerTraces.MARKER;
        sourceUrl = null;
        customerErasedAt = at;
    }

    public void linkTicket(TicketSystem system, String id, String url) {
        ticketSystem = system;
        ticketId = id;
        ticketUrl = url;
    }

    public void unlinkTicket() {
        linkTicket(null, null, null);
    }

    /** Sets the text fields that the search index is built from. */
    public void setText(String newTitle, String newBody) {
        title = newTitle;
        body = newBody;
        searchText = TextFolding.fold(newTitle == null ? newBody : newTitle + "\n" + newBody);
    }

    /** Clears an explicit priority (null) or sets one; a cleared priority follows the rating again. */
    public void setPriority(Priority explicit) {
        priorityExplicit = explicit != null;
        priority = explicit != null ? explicit : Priority.fromRating(rating);
    }

    public void setRating(Integer newRating) {
        rating = newRating;
        if (!priorityExplicit) {
            priority = Priority.fromRating(newRating);
        }
    }

    /**
     * Writes the changes of this transaction now, so that Hibernate bumps the complaint's
     * version before the answer's ETag and body read it (it would otherwise wait for the commit).
     */
    public static void bumpVersion() {
        flush();
    }

    public static Complaint require(UUID id) {
        return Complaint.<Complaint>findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Loads the complaint and locks its row until the transaction ends: concurrent writers on
     * one complaint queue up, and each one decides on the state the previous one left.
     */
    public static Complaint lockForUpdate(UUID id) {
        return Complaint.<Complaint>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> notFound(id));
    }

    /**
     * Locks the complaint for a write that names the version it read: a stale If-Match is
     * refused before anything changes.
     */
    public static Complaint lockForWrite(UUID id, String ifMatch) {
        Complaint c = lockForUpdate(id);
        EntityTags.requireMatch(ifMatch, c.version);
        return c;
    }

    /** Serialises, until the transaction ends, every ingest of the same post into one workspace. */
    public static void lockSource(String workspace, Channel channel, String externalId) {
        TransactionSql.advisoryLock(workspace + "|" + channel.name() + "|" + externalId);
    }

    /**
     * Serialises, until the transaction ends, every link of the same ticket in one workspace, so
     * that of two racing links to different complaints the second sees the first.
     */
    public static void lockTicket(String workspace, TicketSystem system, String ticketId) {
        TransactionSql.advisoryLock("ticket|" + workspace + "|" + system.name() + "|" + ticketId);
    }

    /**
     * The complaint of a post, locked. Looked up by id first, in plain SQL: a new post, the common
     * case, then costs one prepared statement (see {@link TransactionSql}). Under
     * {@link #lockSource} no other ingest can insert the post between the two steps.
     */
    public static Optional<Complaint> lockBySource(String workspace, Channel channel, String externalId) {
        return TransactionSql.query(
                        "select id from complaint where workspace_id = ? and channel = ? and external_id = ?",
                        statement -> {
                            statement.setString(1, workspace);
                            statement.setString(2, channel.name());
                            statement.setString(3, externalId);
                        },
                        rows -> rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.<UUID>empty())
                .map(Complaint::lockForUpdate);
    }

    /**
     * The id of the workspace's complaint that a help-desk ticket is linked to (served by
     * uq_complaint_ticket). Only the id: the caller loads the complaint when it needs it, so that
     * a complaint changed meanwhile by another transaction is read fresh.
     */
    public static Optional<UUID> linkedTo(TicketSystem system, String ticketId) {
        return getEntityManager()
                .createQuery(
                        "select id from Complaint where ticketId = :ticketId and ticketSystem = :system", UUID.class)
                .setParameter("ticketId", ticketId)
                .setParameter("system", system)
                .getResultStream()
                .findFirst();
    }

    /** One page, newest first, starting after {@code after} (null for the first page). */
    public static List<Complaint> page(ComplaintFilter filter, PageCursor after, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.add("status in :statuses");
            params.put("statuses", filter.statuses());
        }
        if (filter.channels() != null && !filter.channels().isEmpty()) {
            where.add("channel in :channels");
            params.put("channels", filter.channels());
        }
        if (filter.tag() != null) {
            // Twice on purpose, for the planner: it guesses a tag missing from its statistics at
            // 0.5 % of the rows and then walks the whole list order looking for it (seconds at 1M
            // complaints when the tag is absent or rare). Two conditions multiply the guess, so
            // such a tag is looked up on the GIN index; a common tag still walks the list order.
            where.add("array_contains(tags, :tag) and array_contains(tags, :tag)");
            params.put("tag", filter.tag());
        }
        if (filter.assignee() != null) {
            where.add("assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.location() != null) {
            where.add("location = :location");
            params.put("location", filter.location());
        }
        if (filter.maxRating() != null) {
            where.add("rating <= :maxRating");
            params.put("maxRating", filter.maxRating());
        }
        if (filter.receivedAfter() != null) {
            where.add("receivedAt >= :receivedAfter");
            params.put("receivedAfter", filter.receivedAfter());
        }
        if (filter.receivedBefore() != null) {
            where.add("receivedAt < :receivedBefore");
            params.put("receivedBefore", filter.receivedBefore());
        }
        if (filter.slaStatus() == ClockStatus.MISSED) {
            // A literal, so that the planner can match the partial index on sla_missed.
            where.add("slaMissed = true");
        }
        if (filter.dueBefore() != null) {
            // The same conditions as the partial indexes of V9 (open clocks by due time).
            where.add("((ackDueAt < :dueBefore and acknowledgedAt is null)"
                    + " or (privateContactDueAt < :dueBefore and movedToPrivateAt is null and resolvedAt is null)"
                    + " or (resolutionDueAt < :dueBefore and resolvedAt is null))");
            params.put("dueBefore", filter.dueBefore());
        }
        if (filter.text() != null) {
            where.add("searchText like :text escape '\\'");
            params.put("text", "%" + escapeLike(TextFolding.fold(filter.text())) + "%");
        }
        if (filter.ticketId() != null) {
            where.add("ticketId = :ticketId");
            params.put("ticketId", filter.ticketId());
        }
        if (filter.ticketSystem() != null) {
            where.add("ticketSystem = :ticketSystem");
            params.put("ticketSystem", filter.ticketSystem());
        }
        if (after != null) {
            // The first condition is implied by the second; it bounds the index walk, which
            // otherwise starts at the newest complaint and filters its way down to the cursor.
            where.add(
                    "receivedAt <= :afterAt and (receivedAt < :afterAt or (receivedAt = :afterAt and id < :afterId))");
            params.put("afterAt", after.receivedAt());
            params.put("afterId", after.id());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by receivedAt desc, id desc";
        return Complaint.<Complaint>find(query, params).page(0, size).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("complaint", id.toString());
    }
}
