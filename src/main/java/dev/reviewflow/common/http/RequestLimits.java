package dev.reviewflow.common.http;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.reviewflow.common.error.HttpLayerProblems;
import dev.reviewflow.common.error.Problem;
import dev.reviewflow.common.error.ProblemType;
import dev.reviewflow.common.error.StandardProblem;

/**
 * Refuses an over-long URI (414), over-large headers (431) and a declared-too-large body (413)
 * with problem+json, before anything reads the request. Vert.x's own decoder refuses such requests
 * with an empty answer that no application code can change, so its limits are set well above
 * these (see application.properties): only requests beyond those still get its bare status.
 * (Bodies sent without a Content-Length are cut off by the HTTP layer at the body limit.) A
 * request within the limits goes on through {@link RequestBodyBuffering}.
 */
@ApplicationScoped
public class RequestLimits {

    private final long maxBodyBytes;
    private final int maxUriLength;
    private final long maxHeaderBytes;

    RequestLimits(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "reviewflow.http.max-uri-length") int maxUriLength,
            @ConfigProperty(name = "reviewflow.http.max-header-size") MemorySize maxHeaderSize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderSize.asLongValue();
    }

    void onApi(@Observes Router router) {
        install(router);
    }

    void onManagement(@Observes ManagementInterface management) {
        install(management.router());
    }

    private void install(Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUriLength) {
            refuse(context, StandardProblem.URI_TOO_LONG, "The URI may be at most " + maxUriLength + " characters.");
        } else if (headerBytes(request) > maxHeaderBytes) {
            refuse(
                    context,
                    StandardProblem.HEADERS_TOO_LARGE,
                    "The request headers may be at most " + maxHeaderBytes + " bytes in all.");
        } else {
            long bodyLength = declaredLength(request.getHeader("Content-Length"));
            if (bodyLength > maxBodyBytes) {
                refuse(
                        context,
                        StandardProblem.PAYLOAD_TOO_LARGE,
                        "The request body may be at most " + maxBodyBytes + " bytes.");
            } else {
                RequestBodyBuffering.next(context, bodyLength);
            }
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            // Name, ": ", value and CRLF, as on the wire.
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private static void refuse(RoutingContext context, ProblemType type, String detail) {
        context.response().putHeader("Connection", "close");
        HttpLayerProblems.answer(context, Problem.of(type, detail));
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
