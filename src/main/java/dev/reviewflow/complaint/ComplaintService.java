package dev.reviewflow.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.reviewflow.common.error.RuleViolationException;
import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.complaint.api.ComplaintPage;
import dev.reviewflow.complaint.api.ComplaintPatch;
import dev.reviewflow.complaint.api.ComplaintView;
import dev.reviewflow.complaint.api.CreateComplaintRequest;
import dev.reviewflow.complaint.api.MoveToPrivateRequest;
import dev.reviewflow.complaint.api.ReopenRequest;
import dev.reviewflow.complaint.api.ResolveRequest;
import dev.reviewflow.complaint.api.TicketLinkRequest;
import dev.reviewflow.security.Caller;
import dev.reviewflow.timeline.Timeline;
import dev.reviewflow.timeline.TimelineEventType;

/** The complaint use cases. Each write locks the complaint, asks the lifecycle and records the timeline in one transaction. */
@ApplicationScoped
public class ComplaintService {

    /** Where erasure replaces the customer's values, as the timeline records it. */
    private static final List<String> SCRUBBED_BY_ERASURE = Stream.concat(
                    Complaint.SCRUBBED_FIELDS.stream(), Stream.of("replies", "timeline"))
            .toList();

    private final Event<CustomerErased> erased;
    private final Event<ComplaintAcknowledged> acknowledged;
    private final Timeline timeline;
    private final ComplaintClocks clocks;
    private final Clock clock;
    private final Caller caller;

    ComplaintService(
            Event<CustomerErased> erased,
            Event<ComplaintAcknowledged> acknowledged,
            Timeline timeline,
            ComplaintClocks clocks,
            Clock clock,
            Caller caller) {
        this.erased = erased;
        this.acknowledged = acknowledged;
        this.timeline = timeline;
        this.clocks = clocks;
        this.clock = clock;
        this.caller = caller;
    }

    public record Ingested(ComplaintView complaint, boolean created) {}

    /**
     * Stores a complaint once per channel + externalId. A repeat returns the stored complaint,
     * taking over changed text or rating. Deliveries of the same post queue up on a lock keyed by
     * the post, so racing retries find the first one's row instead of failing on the unique key
     * (which stays as the database's own guarantee).
     */
    @Transactional
    public Ingested ingest(CreateComplaintRequest request) {
        String workspace = caller.workspace();
        Complaint.lockSource(workspace, request.channel(), request.externalId());
        return Complaint.lockBySource(workspace, request.channel(), request.externalId())
                .map(existing -> new Ingested(view(refreshFromSource(existing, request)), false))
                .orElseGet(() -> new Ingested(view(insert(request)), true));
    }

    private Complaint insert(CreateComplaintRequest request) {
        Complaint c = new Complaint();
        c.id = UUID.randomUUID();
        c.channel = request.channel();
        c.externalId = request.externalId();
        c.sourceUrl = request.sourceUrl();
        c.author = request.author();
        if (request.customer() != null) {
            c.customer.name = request.customer().name();
            c.customer.email = request.customer().email();
            c.customer.phone = request.customer().phone();
        }
        c.rating = request.rating();
        c.setText(request.title(), request.body());
        c.language = request.language();
        c.postedAt = request.postedAt() == null ? null : request.postedAt().toInstant();
        c.tags = new ArrayList<>(ComplaintFields.normaliseTags(request.tags()));
        c.setPriority(request.priority());
        c.assignee = request.assignee();
        c.location = request.location();
        c.receivedAt = now();
        clocks.received(c);
        c.persist();
        timeline.record(
                c.id,
                TimelineEventType.RECEIVED,
                null,
                ComplaintStatus.NEW,
                Map.of("channel", JsonEnums.wireName(c.channel)));
        return c;
    }

    private Complaint refreshFromSource(Complaint c, CreateComplaintRequest request) {
        if (c.customerErasedAt != null) {
            // The values to scrub a new edit with are gone: taking it over would store her again.
            return c;
        }
        Map<String, Object> previous = new LinkedHashMap<>();
        if (!Objects.equals(c.title, request.title())) {
            previous.put("title", c.title);
        }
        if (!Objects.equals(c.body, request.body())) {
            previous.put("body", c.body);
        }
        if (!Objects.equals(c.rating, request.rating())) {
            previous.put("rating", c.rating);
        }
        if (previous.isEmpty()) {
            return c;
        }
        c.setText(request.title(), request.body());
        c.setRating(request.rating());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("changed", List.copyOf(previous.keySet()));
        data.put("previous", previous);
        timeline.record(c.id, TimelineEventType.SOURCE_UPDATED, data);
        Complaint.bumpVersion();
        return c;
    }

    public ComplaintView get(UUID id) {
        return view(ComplaintReads.byId(caller.workspace(), id).orElseThrow(() -> Complaint.notFound(id)));
    }

    public ComplaintPage list(ComplaintFilter filter, String cursor, int limit) {
        List<Complaint> page = Complaint.page(filter, cursor == null ? null : PageCursor.decode(cursor), limit + 1);
        boolean more = page.size() > limit;
        List<Complaint> items = more ? page.subList(0, limit) : page;
        String next = null;
        if (more) {
            Complaint last = items.getLast();
            next = new PageCursor(last.receivedAt, last.id).encode();
        }
        return new ComplaintPage(items.stream().map(this::view).toList(), next);
    }

    @Transactional
    public ComplaintView patch(UUID id, String ifMatch, ComplaintPatch patch) {
        Complaint c = Complaint.lockForWrite(id, ifMatch);
        Map<String, Object> changes = new LinkedHashMap<>();
        if (patch.has("tags") && !c.tags.equals(patch.tags())) {
            c.tags = new ArrayList<>(patch.tags());
            changes.put("tags", patch.tags());
        }
        if (patch.has("assignee") && !Objects.equals(c.assignee, patch.assignee())) {
            c.assignee = patch.assignee();
            changes.put("assignee", patch.assignee());
        }
        if (patch.has("location") && !Objects.equals(c.location, patch.location())) {
            c.location = patch.location();
            changes.put("location", patch.location());
        }
        if (patch.has("priority")) {
            Priority before = c.priority;
            boolean wasExplicit = c.priorityExplicit;
            c.setPriority(patch.priority());
            if (before != c.priority || wasExplicit != c.priorityExplicit) {
                changes.put("priority", JsonEnums.wireName(c.priority));
            }
        }
        if (!changes.isEmpty()) {
            timeline.record(c.id, TimelineEventType.UPDATED, changes);
            Complaint.bumpVersion();
        }
        return view(c);
    }

    /**
     * The first public answer (acknowledge), posted by the reply feature on the complaint it has
     * locked: the same transition as every other status change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void acknowledge(Complaint c, UUID replyId) {
        transition(
                c, ComplaintAction.ACKNOWLEDGE, TimelineEventType.ACKNOWLEDGED, Map.of("replyId", replyId.toString()));
    }

    /** A public reply on a locked complaint: on a new one it is the first answer and acknowledges it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answeredInPublic(Complaint c, UUID replyId) {
        ComplaintLifecycle.actionForPublicReply(c.status())
                .ifPresent(action ->
                        transition(c, action, TimelineEventType.ACKNOWLEDGED, Map.of("replyId", replyId.toString())));
    }

    @Transactional
    public ComplaintView moveToPrivate(UUID id, String ifMatch, MoveToPrivateRequest request) {
        Complaint c = Complaint.lockForWrite(id, ifMatch);
        ComplaintLifecycle.requireAllowed(c.status(), ComplaintAction.MOVE_TO_PRIVATE);
        if (request.channel() == PrivateChannel.DIRECT_MESSAGE && !ChannelCapabilities.directMessages(c.channel)) {
            throw new RuleViolationException(
                    "channel",
                    JsonEnums.wireName(c.channel) + " has no direct messages: continue by email or phone instead.");
        }
        c.privateChannel = request.channel();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("channel", JsonEnums.wireName(request.channel()));
        if (request.note() != null) {
            data.put("note", request.note());
        }
        transition(c, ComplaintAction.MOVE_TO_PRIVATE, TimelineEventType.MOVED_TO_PRIVATE, data);
        return view(c);
    }

    @Transactional
    public ComplaintView resolve(UUID id, String ifMatch, ResolveRequest request) {
        Complaint c = Complaint.lockForWrite(id, ifMatch);
        c.resolutionOutcome = request.outcome();
        c.resolutionSummary = request.summary();
        transition(
                c,
                ComplaintAction.RESOLVE,
                TimelineEventType.RESOLVED,
                Map.of("outcome", JsonEnums.wireName(request.outcome()), "summary", request.summary()));
        return view(c);
    }

    @Transactional
    public ComplaintView reopen(UUID id, String ifMatch, ReopenRequest request) {
        Complaint c = Complaint.lockForWrite(id, ifMatch);
        transition(c, ComplaintAction.REOPEN, TimelineEventType.REOPENED, Map.of("reason", request.reason()));
        return view(c);
    }

    /**
     * Links the complaint to a help-desk ticket (replacing any earlier link). A ticket belongs to
     * at most one complaint of the workspace (the unique index uq_complaint_ticket); concurrent
     * links of one ticket take turns, so the later one gets the 409 too.
     */
    @Transactional
    public ComplaintView linkTicket(UUID id, String ifMatch, TicketLinkRequest request) {
        Complaint c = Complaint.lockForWrite(id, ifMatch);
        Complaint.lockTicket(c.workspaceId, request.system(), request.ticketId());
        Complaint.linkedTo(request.system(), request.ticketId())
                .filter(linked -> !linked.equals(c.id))
                .ifPresent(linked -> {
                    throw new TicketAlreadyLinkedException();
                });
        if (c.ticketSystem == request.system()
                && request.ticketId().equals(c.ticketId)
                && Objects.equals(c.ticketUrl, request.url())) {
            return view(c);
        }
        c.linkTicket(request.system(), request.ticketId(), request.url());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("system", JsonEnums.wireName(request.system()));
        data.put("ticketId", request.ticketId());
        if (request.url() != null) {
            data.put("url", request.url());
        }
        timeline.record(c.id, TimelineEventType.TICKET_LINKED, data);
        Complaint.bumpVersion();
        return view(c);
    }

    /** Removes the ticket link; a complaint without one stays as it is. */
    @Transactional
    public ComplaintView unlinkTicket(UUID id, String ifMatch) {
        Complaint c = Complaint.lockForWrite(id, ifMatch);
        if (c.ticketId != null) {
            Map<String, Object> data = Map.of("system", JsonEnums.wireName(c.ticketSystem), "ticketId", c.ticketId);
            c.unlinkTicket();
            timeline.record(c.id, TimelineEventType.TICKET_UNLINKED, data);
            Complaint.bumpVersion();
        }
        return view(c);
    }

    /**
     * Erasure on request: wipes the customer's contact details, handle and source link, replaces
     * every value of the customer in the complaint's text, its replies and its timeline, keeps the
     * complaint (anonymised) for statistics, and records that, not what, was erased. A second
     * erasure finds nothing left to erase.
     */
    @Transactional
    public ComplaintView eraseCustomer(UUID id, String ifMatch) {
        Complaint c = Complaint.lockForWrite(id, ifMatch);
        if (c.customerErasedAt == null) {
            CustomerTraces traces = CustomerTraces.of(c);
            c.eraseCustomer(traces, now());
            erased.fire(new CustomerErased(c.id, traces));
            timeline.rewriteText(c.id, traces::erase);
            timeline.record(
                    c.id,
                    TimelineEventType.CUSTOMER_ERASED,
                    Map.of("fields", Complaint.ERASED_FIELDS, "scrubbed", SCRUBBED_BY_ERASURE));
            Complaint.bumpVersion();
        }
        return view(c);
    }

    /** The one way a status changes: the lifecycle decides, the timeline records it. */
    private void transition(Complaint c, ComplaintAction action, TimelineEventType event, Map<String, Object> data) {
        Instant at = now();
        ComplaintStatus from = c.apply(action, at);
        clocks.stepTaken(c, action, at);
        timeline.record(c.id, event, from, c.status(), data);
        Complaint.bumpVersion();
        if (action == ComplaintAction.ACKNOWLEDGE) {
            acknowledged.fire(new ComplaintAcknowledged(c.receivedAt, c.acknowledgedAt));
        }
    }

    /** The complaint as the caller may see it, with its SLA clocks as they stand now. */
    public ComplaintView view(Complaint c) {
        return ComplaintView.of(c, caller.canReadPersonalData(), clocks.read(c));
    }

    private Instant now() {
        return clock.instant();
    }
}
