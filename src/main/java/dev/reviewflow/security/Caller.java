package dev.reviewflow.security;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/** The authenticated caller of this request: who acts (for the timeline), for which workspace, with which scopes. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The key ("key:<id>") or token subject ("oidc:<sub>") acting, as the timeline records it. */
    public String actor() {
        return identity.getPrincipal().getName();
    }

    /** The caller's workspace; a caller without one (the bootstrap admin) cannot touch complaints. */
    public String workspace() {
        String workspace = Callers.workspaceOf(identity);
        if (workspace == null) {
            throw new ForbiddenException("This key belongs to no workspace: use a workspace key.");
        }
        return workspace;
    }

    /** Whether a person's OpenID Connect token acts, rather than a key. */
    public boolean isTokenSubject() {
        return actor().startsWith(Callers.TOKEN_SUBJECT_PREFIX);
    }

    public boolean has(String scope) {
        return identity.hasRole(scope);
    }

    public boolean isPlatformAdmin() {
        return identity.hasRole(Scope.Names.PLATFORM_ADMIN);
    }

    /**
     * Whether the caller may administer the workspace: the bootstrap key any, an admin its own. A
     * caller that may not treats the workspace as absent, so that others' workspaces do not show.
     */
    public boolean administers(String workspaceId) {
        return isPlatformAdmin() || (has(Scope.Names.ADMIN) && workspaceId.equals(workspace()));
    }

    public boolean canReadPersonalData() {
        return identity.hasRole(Scope.Names.PII_READ);
    }
}
