package dev.reviewflow.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.reviewflow.common.error.Problem;
import dev.reviewflow.common.error.StandardProblem;

/**
 * Refuses a declared-too-large body with a problem+json 413 before anything reads it. (Bodies sent
 * without a Content-Length are still cut off by the HTTP layer at the same limit.)
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && declaredLength(length) > maxBytes) {
                Problem problem = Problem.of(
                                StandardProblem.PAYLOAD_TOO_LARGE,
                                "The request body may be at most " + maxBytes + " bytes.")
                        .withInstance(context.request().path());
                context.response()
                        .setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(Json.encode(problem));
            } else {
                context.next();
            }
        });
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
