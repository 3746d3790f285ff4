package dev.reviewflow.common.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads a small request body whole on the event loop, before the endpoint's worker thread needs
 * it. Quarkus REST otherwise lets a blocking endpoint read its body through a stream that hands
 * every chunk from the event loop to the waiting worker under a lock on the connection: in the
 * ingest profile, a quarter of the JVM's CPU samples were the event loop in that hand-over (README
 * "Performance"). A body already read is given to the endpoint as it is. Bodies without a
 * Content-Length, larger ones, those of HTTP/2 requests and those awaiting "100 Continue" are
 * still streamed; {@link RequestLimits} has refused a declared length over the body limit before.
 */
final class RequestBodyBuffering {

    /** The largest body read ahead: a complaint or a help-desk event is a few KiB. */
    static final long MAX_BUFFERED_BYTES = 64 * 1024;

    private RequestBodyBuffering() {}

    /**
     * Passes the request on once a body of {@code declaredLength} bytes is read, or at once. Called
     * by {@link RequestLimits}'s route rather than from a route of its own: every route of the
     * chain costs each request, a 401 measurably.
     */
    static void next(RoutingContext context, long declaredLength) {
        HttpServerRequest request = context.request();
        // Not HTTP/2: Quarkus REST pauses every request it takes on, which an HTTP/2 request
        // refuses once its body has been read. Not a client that waits for "100 Continue" before
        // it sends the body: Quarkus REST answers that when it starts reading.
        if (declaredLength <= 0
                || declaredLength > MAX_BUFFERED_BYTES
                || request.isEnded()
                || request.version() == HttpVersion.HTTP_2
                || request.headers().contains("Expect")) {
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
