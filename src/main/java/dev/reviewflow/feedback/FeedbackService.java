package dev.reviewflow.feedback;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.reviewflow.common.error.RuleViolationException;
import dev.reviewflow.complaint.Complaint;
import dev.reviewflow.complaint.ComplaintStatus;
import dev.reviewflow.complaint.Feedback;
import dev.reviewflow.feedback.api.FeedbackAnswer;
import dev.reviewflow.feedback.api.FeedbackRequest;
import dev.reviewflow.timeline.Timeline;
import dev.reviewflow.timeline.TimelineEventType;

/** The customer's answer after a resolution: one per resolution, a second one replacing the first. */
@ApplicationScoped
public class FeedbackService {

    private final Clock clock;
    private final Timeline timeline;

    FeedbackService(Clock clock, Timeline timeline) {
        this.clock = clock;
        this.timeline = timeline;
    }

    /**
     * Stores the answer on the resolved complaint and records it in the timeline (earlier answers
     * stay there). It replaces an answer to the same resolution; after a reopen and a new
     * resolution, the next answer is a first one again.
     */
    @Transactional
    public FeedbackAnswer answer(UUID complaintId, String ifMatch, FeedbackRequest request) {
        Complaint c = Complaint.lockForWrite(complaintId, ifMatch);
        if (c.status() != ComplaintStatus.RESOLVED) {
            throw new NotResolvedException();
        }
        if (c.customerErasedAt != null && request.comment() != null) {
            // The values to scrub the comment with are gone: storing it could store her again.
            throw new RuleViolationException("comment", "The customer was erased: send the answer without a comment.");
        }
        boolean replaced = c.feedback != null && c.resolvedAt.equals(c.feedback.resolvedAt);
        Feedback feedback = new Feedback();
        feedback.satisfaction = request.satisfaction();
        feedback.wouldReturn = request.wouldReturn();
        feedback.comment = request.comment();
        feedback.answeredAt = clock.instant();
        feedback.resolvedAt = c.resolvedAt;
        c.feedback = feedback;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("satisfaction", feedback.satisfaction);
        data.put("wouldReturn", feedback.wouldReturn);
        if (feedback.comment != null) {
            data.put("comment", feedback.comment);
        }
        data.put("resolvedAt", feedback.resolvedAt.toString());
        data.put("replaced", replaced);
        timeline.record(c.id, TimelineEventType.FEEDBACK_RECEIVED, data);
        Complaint.bumpVersion();
        return new FeedbackAnswer(
                c.id,
                feedback.satisfaction,
                feedback.wouldReturn,
                feedback.comment,
                feedback.answeredAt,
                feedback.resolvedAt,
                replaced);
    }
}
