package dev.reviewflow.security;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Gives every ORM session the caller's workspace as its tenant, so Hibernate adds the workspace
 * to every query and every new row: isolation does not depend on each endpoint remembering it.
 */
@PersistenceUnitExtension
@RequestScoped
public class WorkspaceTenantResolver implements TenantResolver {

    /** Matches no workspace (workspace ids are lower-case letters, digits and dashes). */
    static final String NO_WORKSPACE = "_";

    private final SecurityIdentity identity;

    WorkspaceTenantResolver(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public String getDefaultTenantId() {
        return NO_WORKSPACE;
    }

    @Override
    public String resolveTenantId() {
        String workspace = identity.isAnonymous() ? null : Callers.workspaceOf(identity);
        return workspace == null ? NO_WORKSPACE : workspace;
    }
}
