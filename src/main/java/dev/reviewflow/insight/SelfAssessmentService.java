package dev.reviewflow.insight;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.insight.api.SelfAssessmentRequest;
import dev.reviewflow.insight.api.SelfAssessmentView;
import dev.reviewflow.security.Caller;
import dev.reviewflow.workspace.Workspace;

/** The workspace's estimate of how well it serves, set by its admin, read beside its customers' answers. */
@ApplicationScoped
public class SelfAssessmentService {

    private final Caller caller;
    private final Clock clock;

    SelfAssessmentService(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    public SelfAssessmentView get(String workspaceId) {
        requireAdministered(workspaceId);
        return view(SelfAssessment.findById(workspaceId));
    }

    @Transactional
    public SelfAssessmentView put(String workspaceId, SelfAssessmentRequest request) {
        requireAdministered(workspaceId);
        SelfAssessment assessment = SelfAssessment.findById(workspaceId);
        if (assessment == null) {
            assessment = new SelfAssessment();
            assessment.workspaceId = workspaceId;
        }
        assessment.excellentShare = request.excellentShare();
        assessment.assessedAt = clock.instant();
        assessment.assessedBy = caller.actor();
        assessment.persist();
        return view(assessment);
    }

    /** The estimate of the caller's workspace, or null; for the insights summary. */
    static Double excellentShareOf(String workspaceId) {
        SelfAssessment assessment = SelfAssessment.findById(workspaceId);
        return assessment == null ? null : assessment.excellentShare;
    }

    /** A workspace the caller may not administer is as absent as one that does not exist. */
    private void requireAdministered(String workspaceId) {
        if (!caller.administers(workspaceId) || Workspace.findById(workspaceId) == null) {
            throw new NotFoundException("workspace", workspaceId);
        }
    }

    private static SelfAssessmentView view(SelfAssessment assessment) {
        return assessment == null
                ? new SelfAssessmentView(null, null)
                : new SelfAssessmentView(assessment.excellentShare, assessment.assessedAt);
    }
}
