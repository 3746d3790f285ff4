package dev.reviewflow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.common.error.RuleViolationException;
import dev.reviewflow.common.json.JsonEnums;
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
    private final SecurityConfig security;

    WorkspaceService(Caller caller, Clock clock, SecurityConfig security) {
        this.caller = caller;
        this.clock = clock;
        this.security = security;
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

    /**
     * A caller grants only scopes it holds itself (the bootstrap key any), so a key never escapes
     * its maker's rights. A key made by a person's token expires within the configured lifetime:
     * it cannot outlive the person's account by more than that.
     */
    @Transactional
    public ApiKeyView createKey(String workspaceId, CreateApiKeyRequest request) {
        Workspace workspace = administered(workspaceId);
        List<Scope> ungrantable = caller.isPlatformAdmin()
                ? List.of()
                : request.scopes().stream()
                        .distinct()
                        .filter(scope -> !caller.has(JsonEnums.wireName(scope)))
                        .toList();
        if (!ungrantable.isEmpty()) {
            throw new UngrantableScopesException(ungrantable);
        }
        Instant now = clock.instant();
        Instant expiresAt =
                request.expiresAt() == null ? null : request.expiresAt().toInstant();
        if (caller.isTokenSubject()) {
            requireTokenKeyExpiry(expiresAt, now);
        }
        String secret = ApiKeySecrets.generate();
        ApiKey key = ApiKey.of(workspace.id, request.name(), request.scopes(), secret, caller.actor(), now);
        key.expiresAt = expiresAt;
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

    private void requireTokenKeyExpiry(Instant expiresAt, Instant now) {
        Duration maxLifetime = security.oidcKeyMaxLifetime();
        // Shown to the second, which is never later than the limit itself.
        Instant latest = now.plus(maxLifetime).truncatedTo(ChronoUnit.SECONDS);
        String rule = "A key created with an OpenID Connect token must expire within " + describe(maxLifetime)
                + ", so that it does not outlive the person's account";
        if (expiresAt == null) {
            throw new RuleViolationException("expiresAt", rule + ": give an expiresAt no later than " + latest + ".");
        }
        if (expiresAt.isAfter(now.plus(maxLifetime))) {
            throw new RuleViolationException("expiresAt", rule + ": expiresAt must be no later than " + latest + ".");
        }
    }

    /** "30 days", "12 hours", or ISO 8601 for any other length. */
    private static String describe(Duration duration) {
        if (duration.toSeconds() % 86_400 == 0) {
            return duration.toDays() == 1 ? "1 day" : duration.toDays() + " days";
        }
        if (duration.toSeconds() % 3_600 == 0) {
            return duration.toHours() == 1 ? "1 hour" : duration.toHours() + " hours";
        }
        return duration.toString();
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
