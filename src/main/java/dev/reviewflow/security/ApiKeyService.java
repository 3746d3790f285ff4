package dev.reviewflow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.common.error.RuleViolationException;
import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.security.api.ApiKeyView;
import dev.reviewflow.security.api.CreateApiKeyRequest;

/** A workspace's API keys. A workspace admin sees only its own workspace; others do not exist for it. */
@ApplicationScoped
public class ApiKeyService {

    private final Caller caller;
    private final Clock clock;
    private final SecurityConfig security;
    private final KnownWorkspaces workspaces;

    ApiKeyService(Caller caller, Clock clock, SecurityConfig security, KnownWorkspaces workspaces) {
        this.caller = caller;
        this.clock = clock;
        this.security = security;
        this.workspaces = workspaces;
    }

    /**
     * A caller grants only scopes it holds itself (the bootstrap key any), so a key never escapes
     * its maker's rights. A key made by a person's token expires within the configured lifetime:
     * it cannot outlive the person's account by more than that.
     */
    @Transactional
    public ApiKeyView create(String workspaceId, CreateApiKeyRequest request) {
        String workspace = administered(workspaceId);
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
        ApiKey key = ApiKey.of(workspace, request.name(), request.scopes(), secret, caller.actor(), now);
        key.expiresAt = expiresAt;
        key.persist();
        return ApiKeyView.of(key, secret);
    }

    public List<ApiKeyView> list(String workspaceId) {
        return ApiKey.ofWorkspace(administered(workspaceId)).stream()
                .map(key -> ApiKeyView.of(key, null))
                .toList();
    }

    /** Revoked keys stop working with the next request, on every replica: nothing caches them. */
    @Transactional
    public void revoke(String workspaceId, UUID keyId) {
        String workspace = administered(workspaceId);
        ApiKey key = ApiKey.<ApiKey>findByIdOptional(keyId)
                .filter(k -> k.workspaceId.equals(workspace))
                .orElseThrow(() -> new NotFoundException("API key", keyId.toString()));
        if (key.revokedAt == null) {
            key.revokedAt = clock.instant();
        }
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

    /** The workspace's id if the caller may administer it; otherwise it is as absent as one that does not exist. */
    private String administered(String workspaceId) {
        if (!caller.administers(workspaceId) || !workspaces.exists(workspaceId)) {
            throw new NotFoundException("workspace", workspaceId);
        }
        return workspaceId;
    }
}
