package dev.reviewflow.workspace;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.common.error.RuleViolationException;
import dev.reviewflow.common.error.ValidationException;
import dev.reviewflow.security.Caller;
import dev.reviewflow.workspace.api.CreateWorkspaceRequest;
import dev.reviewflow.workspace.api.WorkspaceSettings;
import dev.reviewflow.workspace.api.WorkspaceView;

/** Workspaces and their settings. A workspace admin sees only its own workspace; others do not exist for it. */
@ApplicationScoped
public class WorkspaceService {

    private static final Duration SHORTEST_FOLLOW_UP = Duration.ofMinutes(1);
    private static final Duration LONGEST_FOLLOW_UP = Duration.ofDays(366);
    private static final int FOLLOW_UP_AFTER_MAX_LENGTH = 40;

    private final Caller caller;
    private final Clock clock;

    WorkspaceService(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public WorkspaceView create(CreateWorkspaceRequest request) {
        if (Workspace.findById(request.id()) != null) {
            throw new RuleViolationException("id", "A workspace with this id exists already.");
        }
        Workspace workspace = new Workspace();
        workspace.id = request.id();
        workspace.name = request.name();
        workspace.createdAt = clock.instant();
        workspace.persist();
        return WorkspaceView.of(workspace);
    }

    public List<WorkspaceView> list() {
        return Workspace.<Workspace>listAll().stream()
                .map(WorkspaceView::of)
                .sorted(Comparator.comparing(WorkspaceView::id))
                .toList();
    }

    public WorkspaceSettings settings(String workspaceId) {
        return settingsOf(administered(workspaceId));
    }

    @Transactional
    public WorkspaceSettings updateSettings(String workspaceId, WorkspaceSettings settings) {
        String followUpAfter = followUpAfter(settings.followUpAfter());
        Workspace workspace = administered(workspaceId);
        workspace.replyAllowedContacts = new ArrayList<>(settings.replyAllowedContacts().stream()
                .map(String::strip)
                .distinct()
                .toList());
        workspace.followUpAfter = followUpAfter;
        return settingsOf(workspace);
    }

    private static WorkspaceSettings settingsOf(Workspace workspace) {
        return new WorkspaceSettings(List.copyOf(workspace.replyAllowedContacts), workspace.followUpAfter);
    }

    /** The follow-up delay as given (trimmed), if it is an ISO 8601 duration in the allowed range. */
    private static String followUpAfter(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        try {
            Duration delay = Duration.parse(trimmed);
            // The column holds 40 characters; leading zeros can make a valid duration longer.
            if (trimmed.length() <= FOLLOW_UP_AFTER_MAX_LENGTH
                    && delay.compareTo(SHORTEST_FOLLOW_UP) >= 0
                    && delay.compareTo(LONGEST_FOLLOW_UP) <= 0) {
                return trimmed;
            }
        } catch (DateTimeParseException e) {
            // reported below, with the range
        }
        throw ValidationException.of(
                "followUpAfter", "must be an ISO 8601 duration from PT1M to P366D, such as P7D or PT12H, or null");
    }

    /** The workspace if the caller may administer it; otherwise it is as absent as one that does not exist. */
    private Workspace administered(String workspaceId) {
        Workspace workspace = caller.administers(workspaceId) ? Workspace.findById(workspaceId) : null;
        if (workspace == null) {
            throw new NotFoundException("workspace", workspaceId);
        }
        return workspace;
    }
}
