package dev.reviewflow.security;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;

/**
 * Work done by the service itself, not for a request (a scheduled job), as a named actor of one
 * workspace: inside a request context of its own whose identity is that actor, so that the
 * timeline records the actor and Hibernate filters by the workspace, exactly as for a request.
 * The actor has no scopes: it calls no endpoint.
 */
@ApplicationScoped
public class SystemCalls {

    /** How the service's own actors are named in the timeline, e.g. "system:sla". */
    public static final String ACTOR_PREFIX = "system:";

    private final RequestIdentity identity;

    SystemCalls(RequestIdentity identity) {
        this.identity = identity;
    }

    public <T> T run(String actor, String workspace, Supplier<T> work) {
        if (!actor.startsWith(ACTOR_PREFIX)) {
            throw new IllegalArgumentException("a system actor is named " + ACTOR_PREFIX + "...: " + actor);
        }
        ManagedContext requestContext = Arc.container().requestContext();
        // The scheduler runs jobs in a request context of their own: set aside while this work runs.
        InjectableContext.ContextState outer = requestContext.isActive() ? requestContext.getState() : null;
        if (outer != null) {
            requestContext.deactivate();
        }
        requestContext.activate();
        try {
            identity.actAs(actor, workspace);
            return work.get();
        } finally {
            requestContext.terminate();
            if (outer != null) {
                requestContext.activate(outer);
            }
        }
    }
}
