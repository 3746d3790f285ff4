package dev.reviewflow.common.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/**
 * Answers as problem+json what the HTTP layer refuses before RESTEasy sees a request, on the API
 * port and on the management port: a path no route serves (whose default answer is an HTML page),
 * a request the router fails (a missing or invalid Host, a route handler that throws). Requests
 * that Vert.x's HTTP decoder itself refuses (an over-long request line or headers, a request line
 * or header it cannot parse) never reach a router and keep Vert.x's empty answer: see README
 * "Observability".
 */
@ApplicationScoped
public class HttpLayerProblems {

    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);

    void onApi(@Observes Router router) {
        install(router);
    }

    void onManagement(@Observes ManagementInterface management) {
        install(management.router());
    }

    private void install(Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        router.errorHandler(404, context -> answer(context, ProblemMapper.forStatus(404)));
        router.errorHandler(405, context -> answer(context, ProblemMapper.forStatus(405)));
    }

    private void failed(RoutingContext context) {
        int status = context.statusCode();
        if (status >= 400 && status < 500) {
            answer(context, ProblemMapper.forStatus(status));
            return;
        }
        LOG.errorf(
                context.failure(), "Unexpected failure on %s", context.request().path());
        answer(
                context,
                Problem.of(StandardProblem.INTERNAL_ERROR, "The request failed on the server; it has been logged."));
    }

    /**
     * Answers a request with a problem at the HTTP layer, before or beside RESTEasy (whose
     * problems ProblemMapper writes); the problem's instance is the request's path. Headers the
     * answer needs besides (Retry-After, Connection) are put on the response before.
     */
    public static void answer(RoutingContext context, Problem problem) {
        if (context.response().headWritten()) {
            context.response().close();
            return;
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem.withInstance(context.request().path())));
    }
}
