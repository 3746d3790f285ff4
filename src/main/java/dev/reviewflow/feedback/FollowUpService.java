package dev.reviewflow.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.reviewflow.complaint.Complaint;
import dev.reviewflow.complaint.api.CustomerContact;
import dev.reviewflow.feedback.api.FollowUpList;
import dev.reviewflow.feedback.api.FollowUpView;
import dev.reviewflow.security.Caller;

/** The workspace's follow-ups: the list of those still to be sent, and marking one sent. */
@ApplicationScoped
public class FollowUpService {

    private final Clock clock;
    private final Caller caller;

    FollowUpService(Clock clock, Caller caller) {
        this.clock = clock;
        this.caller = caller;
    }

    /** Follow-ups not yet sent (nor cancelled), earliest due first; only those due now when {@code dueOnly}. */
    public FollowUpList unsent(boolean dueOnly, int limit) {
        List<FollowUp> found = FollowUp.unsent(dueOnly ? clock.instant() : null, limit + 1);
        boolean more = found.size() > limit;
        List<FollowUp> items = more ? found.subList(0, limit) : found;
        List<UUID> complaintIds =
                items.stream().map(followUp -> followUp.complaintId).distinct().toList();
        Map<UUID, Complaint> complaints = complaintIds.isEmpty()
                ? Map.of()
                : Complaint.<Complaint>list("id in ?1", complaintIds).stream()
                        .collect(Collectors.toMap(c -> c.id, Function.identity()));
        return new FollowUpList(
                items.stream()
                        .map(followUp -> view(followUp, complaints.get(followUp.complaintId)))
                        .toList(),
                more);
    }

    /**
     * Records that the survey went out: it leaves the list. Saying so again changes nothing; a
     * cancelled follow-up (the complaint was reopened) refuses.
     */
    @Transactional
    public FollowUpView markSent(UUID id) {
        FollowUp followUp = FollowUp.lockForUpdate(id);
        switch (followUp.status) {
            case CANCELLED -> throw new FollowUpCancelledException();
            case SENT -> {
                // already recorded
            }
            case SCHEDULED, EMITTED -> {
                followUp.status = FollowUpStatus.SENT;
                followUp.sentAt = now();
            }
        }
        return view(followUp, Complaint.require(followUp.complaintId));
    }

    private FollowUpView view(FollowUp followUp, Complaint complaint) {
        CustomerContact customer =
                !caller.canReadPersonalData() || complaint.customer == null || complaint.customer.isEmpty()
                        ? null
                        : new CustomerContact(
                                complaint.customer.name, complaint.customer.email, complaint.customer.phone);
        return new FollowUpView(
                followUp.id,
                followUp.complaintId,
                followUp.status,
                followUp.dueAt,
                followUp.resolvedAt,
                followUp.outcome,
                complaint.channel,
                customer,
                followUp.emittedAt,
                followUp.sentAt);
    }

    private Instant now() {
        return clock.instant();
    }
}
