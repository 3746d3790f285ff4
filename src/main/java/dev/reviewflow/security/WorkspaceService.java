package dev.reviewflow.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.common.error.RuleViolationException;
import dev.reviewflow.security.api.ApiKeyView;
import dev.reviewflow.security.api.CreateApiKeyRequest;
import dev.reviewflow.security.api.CreateWorkspaceRequest;
import dev.reviewflow.security.api.WorkspaceSettings;
import dev.reviewflow.security.api.WorkspaceView;

/** Workspaces and their API keys. A workspace admin sees only its own workspace; others do not exist for it. */
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

    @Transactional
    public ApiKeyView createKey(String workspaceId, CreateApiKeyRequest request) {
        Workspace workspace = administered(workspaceId);
        String secret = ApiKeySecrets.generate();
        ApiKey key = ApiKey.of(workspace.id, request.name(), request.scopes(), secret, caller.actor(), clock.instant());
        key.expiresAt = request.expiresAt() == null ? null : request.expiresAt().toInstant();
        key.persist();
        return ApiKeyView.of(key, secret);
    }

    public List<ApiKeyView> keys(String workspaceId) {
        return ApiKey.ofWorkspace(administered(workspaceId).id).stream()
                .map(key -> ApiKeyView.of(key, null))
                .toList();
    }

    /** Revoked keys stop working with the next request, on every replica: nothing caches them. */
    @Transactional
    public void revokeKey(String workspaceId, UUID keyId) {
        Workspace workspace = administered(workspaceId);
        ApiKey key = ApiKey.<ApiKey>findByIdOptional(keyId)
                .filter(k -> k.workspaceId.equals(workspace.id))
                .orElseThrow(() -> new NotFoundException("API key", keyId.toString()));
        if (key.revokedAt == null) {
            key.revokedAt = clock.instant();
        }
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
        boolean allowed =
                caller.isPlatformAdmin() || (caller.has(Scope.Names.ADMIN) && workspaceId.equals(caller.workspace()));
        Workspace workspace = allowed ? Workspace.findById(workspaceId) : null;
        if (workspace == null) {
            throw new NotFoundException("workspace", workspaceId);
        }
        return workspace;
    }
}
