package dev.reviewflow.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.CurrentIdentityAssociation;

/**
 * For requests that a feature authenticates itself rather than by key or token (a help-desk's
 * signed webhook cannot send an API key): once it has verified the request, the feature acts for
 * the rest of that request only as the given actor of one workspace, so that Hibernate's tenant
 * and the timeline's actor are that workspace and that actor. The identity holds no scope: no
 * {@code @RolesAllowed} endpoint admits it.
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
