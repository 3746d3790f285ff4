package dev.reviewflow.reply;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.common.http.EntityTags;
import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.complaint.Channel;
import dev.reviewflow.complaint.ChannelCapabilities;
import dev.reviewflow.complaint.Complaint;
import dev.reviewflow.complaint.ComplaintAction;
import dev.reviewflow.complaint.ComplaintLifecycle;
import dev.reviewflow.complaint.ComplaintService;
import dev.reviewflow.complaint.Customer;
import dev.reviewflow.complaint.CustomerErased;
import dev.reviewflow.complaint.CustomerTraces;
import dev.reviewflow.reply.api.AcknowledgedComplaint;
import dev.reviewflow.reply.api.ReplyCheckRequest;
import dev.reviewflow.reply.api.ReplyCheckResult;
import dev.reviewflow.reply.api.ReplyView;
import dev.reviewflow.reply.guard.Finding;
import dev.reviewflow.reply.guard.FindingCode;
import dev.reviewflow.reply.guard.GuardContext;
import dev.reviewflow.reply.guard.ReplyGuard;
import dev.reviewflow.reply.guard.Severity;
import dev.reviewflow.security.Caller;
import dev.reviewflow.timeline.Timeline;
import dev.reviewflow.timeline.TimelineEventType;
import dev.reviewflow.workspace.Workspace;

/**
 * Posting replies and checking drafts. A public reply passes the guard, which runs before the
 * complaint is locked, or is not stored at all.
 */
@ApplicationScoped
public class ReplyService {

    private final ReplyGuard guard;
    private final ComplaintService complaintService;
    private final Timeline timeline;
    private final Clock clock;
    private final List<String> configuredContacts;
    private final Caller caller;
    private final ReplyRefusals refusals;

    ReplyService(
            ReplyGuard guard,
            ComplaintService complaintService,
            Timeline timeline,
            Clock clock,
            ReplyGuardConfig config,
            Caller caller,
            ReplyRefusals refusals) {
        this.guard = guard;
        this.complaintService = complaintService;
        this.timeline = timeline;
        this.clock = clock;
        this.configuredContacts = config.allowedContacts().orElse(List.of());
        this.caller = caller;
        this.refusals = refusals;
    }

    /**
     * A public reply judged by the guard before any lock was taken, and the version of the
     * complaint it was judged against.
     */
    public record GuardedReply(String body, List<Finding> findings, long complaintVersion) {}

    public PostedReply post(UUID complaintId, String ifMatch, ReplyVisibility visibility, String body, String author) {
        GuardedReply guarded = visibility == ReplyVisibility.PUBLIC ? guard(complaintId, ifMatch, body, c -> {}) : null;
        return QuarkusTransaction.requiringNew().call(() -> {
            Complaint complaint = Complaint.lockForWrite(complaintId, ifMatch);
            ReplyView reply = guarded != null
                    ? postPublic(complaint, guarded, author)
                    : postPrivately(complaint, visibility, body, author);
            Complaint.bumpVersion();
            return new PostedReply(reply, complaint.version);
        });
    }

    /**
     * Posts a public reply that {@link #guard} judged, in the caller's transaction, so that it
     * commits together with what the caller writes beside it (an inbound help-desk event's replay
     * key). A refusal under the lock, when the complaint changed after the guard read it, leaves
     * the caller's transaction usable for recording that refusal.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ReplyRejectedException.class)
    public ReplyView postGuarded(UUID complaintId, GuardedReply guarded, String author) {
        Complaint complaint = Complaint.lockForWrite(complaintId, null);
        ReplyView reply = postPublic(complaint, guarded, author);
        Complaint.bumpVersion();
        return reply;
    }

    /**
     * Runs the guard on a public reply outside any transaction, so that a long reply never holds
     * a row lock or a database connection. The complaint is read in a short transaction of its
     * own, where {@code precheck} refuses what the locked write would refuse anyway (a stale
     * If-Match, a wrong state) before the guard's 422. A refused reply ends here.
     */
    public GuardedReply guard(UUID complaintId, String ifMatch, String body, Consumer<Complaint> precheck) {
        record Read(GuardContext context, long version) {}
        Read read = QuarkusTransaction.requiringNew().call(() -> {
            Complaint complaint = Complaint.require(complaintId);
            EntityTags.requireMatch(ifMatch, complaint.version);
            precheck.accept(complaint);
            return new Read(contextOf(complaint), complaint.version);
        });
        return new GuardedReply(body, judged(body, read.context()), read.version());
    }

    /**
     * Answers a complaint in public for the first time (new → acknowledged). The guard judges the
     * reply before the lock; a look at the state comes first, since 409 says more than 422 then.
     * Under the lock the complaint's own transition decides.
     */
    public AcknowledgedComplaint acknowledge(UUID complaintId, String ifMatch, String body, String author) {
        GuardedReply guarded = guard(
                complaintId,
                ifMatch,
                body,
                c -> ComplaintLifecycle.requireAllowed(c.status(), ComplaintAction.ACKNOWLEDGE));
        return QuarkusTransaction.requiringNew().call(() -> {
            Complaint complaint = Complaint.lockForWrite(complaintId, ifMatch);
            Reply reply = store(complaint, ReplyVisibility.PUBLIC, body, author, judgedUnderLock(complaint, guarded));
            complaintService.acknowledge(complaint, reply.id);
            return new AcknowledgedComplaint(complaintService.view(complaint), reply.findings);
        });
    }

    /** Posts a guarded public reply on a complaint the caller has locked; on a new complaint it is the first answer. */
    private ReplyView postPublic(Complaint complaint, GuardedReply guarded, String author) {
        Reply reply =
                store(complaint, ReplyVisibility.PUBLIC, guarded.body(), author, judgedUnderLock(complaint, guarded));
        complaintService.answeredInPublic(complaint, reply.id);
        return ReplyView.of(reply);
    }

    /** The guard's findings, judged again under the lock if the complaint changed after the guard read it (its customer, say). */
    private List<Finding> judgedUnderLock(Complaint complaint, GuardedReply guarded) {
        if (complaint.version == guarded.complaintVersion()) {
            return guarded.findings();
        }
        return judged(guarded.body(), contextOf(complaint));
    }

    /** The guard's findings on a public reply; a refused reply ends here. */
    private List<Finding> judged(String body, GuardContext context) {
        List<Finding> findings = guard.check(body, context);
        if (ReplyGuard.rejects(findings)) {
            findings.stream()
                    .filter(finding -> finding.severity() == Severity.REJECT)
                    .map(Finding::code)
                    .distinct()
                    .forEach(code -> refusals.increment(JsonEnums.wireName(code)));
            throw new ReplyRejectedException(shown(findings));
        }
        return findings;
    }

    /** A private reply needs a conversation moved to private; an internal note goes anywhere. */
    private ReplyView postPrivately(Complaint complaint, ReplyVisibility visibility, String body, String author) {
        if (visibility == ReplyVisibility.PRIVATE) {
            ComplaintLifecycle.requirePrivateConversation(complaint.status(), complaint.resolvedFrom());
        }
        return ReplyView.of(store(complaint, visibility, body, author, List.of()));
    }

    private Reply store(
            Complaint complaint, ReplyVisibility visibility, String body, String author, List<Finding> findings) {
        Reply reply = new Reply();
        reply.id = UUID.randomUUID();
        reply.complaintId = complaint.id;
        reply.visibility = visibility;
        reply.body = body;
        reply.author = author;
        reply.findings = findings;
        reply.createdAt = clock.instant();
        reply.persist();
        timeline.record(
                complaint.id,
                TimelineEventType.REPLY_POSTED,
                Map.of("replyId", reply.id.toString(), "visibility", JsonEnums.wireName(visibility), "author", author));
        return reply;
    }

    /**
     * Erasure, inside its transaction: replaces the customer's values in the body and author of every reply of the
     * complaint, whatever its visibility, and moves the guard's findings along with the text.
     */
    void eraseCustomer(@Observes CustomerErased erased) {
        CustomerTraces traces = erased.traces();
        for (Reply reply : Reply.ofComplaint(erased.complaintId())) {
            CustomerTraces.Scrubbed body = traces.scrub(reply.body);
            reply.body = body.text();
            reply.author = traces.erase(reply.author);
            reply.findings = reply.findings.stream()
                    .map(finding -> finding.at(body.startOf(finding.start()), body.endOf(finding.end())))
                    .toList();
        }
    }

    public List<ReplyView> list(UUID complaintId) {
        Complaint.require(complaintId);
        return Reply.ofComplaint(complaintId).stream().map(ReplyView::of).toList();
    }

    public ReplyView get(UUID complaintId, UUID replyId) {
        return Reply.<Reply>findByIdOptional(replyId)
                .filter(reply -> reply.complaintId.equals(complaintId))
                .map(ReplyView::of)
                .orElseThrow(() -> new NotFoundException("reply", replyId.toString()));
    }

    public ReplyCheckResult check(ReplyCheckRequest request) {
        GuardContext context;
        if (request.complaintId() != null) {
            context = contextOf(Complaint.require(request.complaintId()));
        } else {
            Integer maxLength = request.channel() == null ? null : maxLength(request.channel());
            context = new GuardContext(maxLength, null, List.of(), allowedContacts());
        }
        List<Finding> findings = guard.check(request.body(), context);
        return new ReplyCheckResult(!ReplyGuard.rejects(findings), shown(findings));
    }

    /**
     * The findings as this caller may see them: where the customer's name stands tells which of
     * several names in a draft is the customer's, so callers without pii:read learn only that
     * the reply names the customer.
     */
    private List<Finding> shown(List<Finding> findings) {
        if (caller.canReadPersonalData()) {
            return findings;
        }
        return findings.stream()
                .map(finding -> finding.code() == FindingCode.CUSTOMER_NAMED ? finding.withoutPosition() : finding)
                .toList();
    }

    private GuardContext contextOf(Complaint complaint) {
        // Hibernate loads a customer whose fields are all empty as no customer at all.
        Customer customer = complaint.customer == null ? new Customer() : complaint.customer;
        List<String> customerContacts = Stream.of(customer.email, customer.phone)
                .filter(Objects::nonNull)
                .toList();
        return new GuardContext(maxLength(complaint.channel), customer.name, customerContacts, allowedContacts());
    }

    /** The business's own contact points: the workspace's setting and any configured for all workspaces. */
    private List<String> allowedContacts() {
        Workspace workspace = Workspace.findById(caller.workspace());
        return Stream.concat(configuredContacts.stream(), workspace.replyAllowedContacts.stream())
                .toList();
    }

    private static Integer maxLength(Channel channel) {
        OptionalInt limit = ChannelCapabilities.publicReplyMaxLength(channel);
        return limit.isPresent() ? limit.getAsInt() : null;
    }
}
