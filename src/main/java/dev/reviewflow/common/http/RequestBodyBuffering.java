package dev.reviewflow.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads a small request body whole on the event loop, before the endpoint's worker thread needs
 * it. Quarkus REST otherwise lets a blocking endpoint read its body through a stream that hands
 * every chunk from the event loop to the waiting worker under a lock on the connection: in the
 * ingest profile, a quarter of the JVM's CPU samples were the event loop in that hand-over (README
 * "Performance"). A body already read is given to the endpoint as it is. Bodies without a
 * Content-Length, and larger ones, are still streamed; {@link RequestLimits} has refused a declared
 * length over the body limit before this runs.
 */
@ApplicationScoped
public class RequestBodyBuffering {

    /** The largest body read ahead: a complaint or a help-desk event is a few KiB. */
    static final long MAX_BUFFERED_BYTES = 64 * 1024;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 3).handler(RequestBodyBuffering::buffer);
    }

    private static void buffer(RoutingContext context) {
        HttpServerRequest request = context.request();
        long length = RequestLimits.declaredLength(request.getHeader("Content-Length"));
        if (length <= 0 || length > MAX_BUFFERED_BYTES || request.isEnded()) {
            context.next();
            return;
        }
        request.body().onComplete(read -> {
            if (read.succeeded()) {
                context.setBody(read.result());
                context.next();
            } else {
                context.fail(read.cause());
            }
        });
        // Vert.x Web holds a request's input until a handler asks for it.
        request.resume();
    }
}
