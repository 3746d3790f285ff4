package dev.reviewflow.security;

import java.util.OptionalLong;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.reviewflow.common.error.Problem;
import dev.reviewflow.common.error.StandardProblem;

/** Answers 429 with Retry-After once a key or token passes its requests per minute. */
public class RateLimitFilter {

    private final CurrentIdentityAssociation identities;
    private final RateLimiter limiter;
    private final Throttling throttling;

    RateLimitFilter(CurrentIdentityAssociation identities, RateLimiter limiter, Throttling throttling) {
        this.identities = identities;
        this.limiter = limiter;
        this.throttling = throttling;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1)
    public Uni<Response> limit(UriInfo uri) {
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous()) {
                return null;
            }
            OptionalLong retryAfter = limiter.acquire(identity.getPrincipal().getName());
            if (retryAfter.isEmpty()) {
                return null;
            }
            throttling.rateLimited();
            return Response.status(429)
                    .header("Retry-After", retryAfter.getAsLong())
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(
                                    StandardProblem.TOO_MANY_REQUESTS,
                                    "This key made more requests this minute than it may; retry after "
                                            + retryAfter.getAsLong() + " s.")
                            .withInstance(uri.getPath()))
                    .build();
        });
    }
}
