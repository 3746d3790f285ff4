package dev.reviewflow.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.CurrentIdentityAssociation;

/**
 * Acts, for the rest of the current request context, as a given actor of one workspace, so that
 * Hibernate's tenant and the timeline's actor are that workspace and that actor: for requests a
 * feature authenticates itself (a help-desk's signed webhook cannot send an API key), once it has
 * verified them, and for the service's own jobs ({@link SystemCalls}). The identity holds no
 * scope: no {@code @RolesAllowed} endpoint admits it.
 */
@ApplicationScoped
public class RequestIdentity {

    private final CurrentIdentityAssociation association;

    RequestIdentity(CurrentIdentityAssociation association) {
        this.association = association;
    }

    /**
     * Acts as {@code actor} in {@code workspace} until the request ends. Call it before the
     * request's first transaction: a database session takes its tenant when it opens.
     */
    public void actAs(String actor, String workspace) {
        association.setIdentity(Callers.identity(actor, workspace, Set.of()));
    }
}
