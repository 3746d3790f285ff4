package dev.reviewflow.security;

import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import dev.reviewflow.common.error.HttpLayerProblems;
import dev.reviewflow.common.error.Problem;
import dev.reviewflow.common.error.StandardProblem;

/**
 * Counts every 401 per client address and, once an address has had too many, answers its requests
 * with 429 before any credentials are looked at, so before any database lookup. The address is the
 * TCP peer's: behind a proxy it is the proxy's, unless the proxy forwards the client's and
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on (README "Security").
 */
@ApplicationScoped
public class FailedAuthenticationFilter {

    private final FailedAuthentications failures;
    private final Throttling throttling;

    FailedAuthenticationFilter(FailedAuthentications failures, Throttling throttling) {
        this.failures = failures;
        this.throttling = throttling;
    }

    /** Runs right after the request id and the body size check, before authentication, which happens only in the endpoints. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String address = clientAddress(context.request().remoteAddress());
        if (address == null) {
            context.next();
            return;
        }
        OptionalLong retryAfter = failures.retryAfter(address);
        if (retryAfter.isPresent()) {
            throttling.failedAuthentications();
            context.response().putHeader("Retry-After", Long.toString(retryAfter.getAsLong()));
            HttpLayerProblems.answer(
                    context,
                    Problem.of(
                            StandardProblem.TOO_MANY_REQUESTS,
                            "Too many failed authentications from this address; retry after " + retryAfter.getAsLong()
                                    + " s."));
            return;
        }
        context.addHeadersEndHandler(ignored -> {
            if (context.response().getStatusCode() == 401) {
                failures.recordFailure(address);
            }
        });
        context.next();
    }

    /** The peer's IP address; a forwarded address that is not an IP literal has only a host name. */
    private static String clientAddress(SocketAddress peer) {
        if (peer == null) {
            return null;
        }
        return peer.hostAddress() != null ? peer.hostAddress() : peer.host();
    }
}
