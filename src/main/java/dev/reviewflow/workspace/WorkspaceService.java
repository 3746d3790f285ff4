package dev.reviewflow.workspace;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.common.error.RuleViolationException;
import dev.reviewflow.security.Caller;
import dev.reviewflow.workspace.api.CreateWorkspaceRequest;
import dev.reviewflow.workspace.api.WorkspaceSettings;
import dev.reviewflow.workspace.api.WorkspaceView;

/** Workspaces and their settings. A workspace admin sees only its own workspace; others do not exist for it. */
@ApplicationScoped
public class WorkspaceService {

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
        return new WorkspaceSettings(List.copyOf(administered(workspaceId).replyAllowedContacts));
    }

    @Transactional
    public WorkspaceSettings updateSettings(String workspaceId, WorkspaceSettings settings) {
        Workspace workspace = administered(workspaceId);
        workspace.replyAllowedContacts = new ArrayList<>(settings.replyAllowedContacts().stream()
                .map(String::strip)
                .distinct()
                .toList());
        return new WorkspaceSettings(List.copyOf(workspace.replyAllowedContacts));
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
