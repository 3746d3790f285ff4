package dev.reviewflow.complaint;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The customer's latest answer after a resolution. Kept on the complaint so that every view of it
 * shows the answer without another query; earlier answers stay in the timeline.
 */
@Embeddable
public class Feedback {

    /** 1 to 5; 5 is what the insights count as "excellent". */
    @Column(name = "feedback_satisfaction")
    public Integer satisfaction;

    @Column(name = "feedback_would_return")
    public Boolean wouldReturn;

    @Column(name = "feedback_comment")
    public String comment;

    @Column(name = "feedback_answered_at")
    public Instant answeredAt;

    /** The resolution answered, by its time: one answer per resolution, a second one replaces it. */
    @Column(name = "feedback_resolved_at")
    public Instant resolvedAt;
}
