package dev.reviewflow.common.error;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.reviewflow.common.json.JsonEnums;

/**
 * The one place where failures become HTTP answers: every error leaves as an RFC 9457
 * {@code application/problem+json} body, never with a class name or stack trace in it.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response beanValidation(ResteasyReactiveViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(v -> isReturnValue(v.getPropertyPath()))) {
            return unexpected(e, uri);
        }
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message))
                .toList();
        return respond(new ValidationException(violations).problem(), uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return respond(ValidationException.of(jsonPath(e), "unknown field").problem(), uri);
    }

    @ServerExceptionMapper
    public Response badValue(InvalidFormatException e, UriInfo uri) {
        String message = "cannot be read from " + quote(e.getValue());
        if (e.getTargetType() != null && e.getTargetType().isEnum()) {
            message = "must be one of " + JsonEnums.wireNames(e.getTargetType()) + ", not " + quote(e.getValue());
        }
        return respond(ValidationException.of(jsonPath(e), message).problem(), uri);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        if (e.getPath().isEmpty()) {
            return respond(
                    Problem.of(StandardProblem.MALFORMED_REQUEST, "The request body must be a JSON object."), uri);
        }
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return respond(
                ValidationException.of(jsonPath(e), "must be " + expected).problem(), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return respond(
                Problem.of(StandardProblem.MALFORMED_REQUEST, "The request body is not valid JSON" + where + "."), uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return respond(
                Problem.of(
                        StandardProblem.CONCURRENT_UPDATE,
                        "Another request changed this at the same time; read it again and retry."),
                uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return challenge("Send an API key or token: Authorization: Bearer <key>.", "Bearer realm=\"reviewflow\"", uri);
    }

    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e, UriInfo uri) {
        return challenge(
                "The API key or token is unknown, revoked or expired.",
                "Bearer realm=\"reviewflow\", error=\"invalid_token\"",
                uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(
                Problem.of(
                        StandardProblem.FORBIDDEN,
                        e.getMessage() != null && !e.getMessage().isBlank()
                                ? e.getMessage()
                                : "These credentials lack the scope this request needs."),
                uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Problem problem = forStatus(status);
        Response.ResponseBuilder builder = Response.status(status);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(
                Problem.of(StandardProblem.INTERNAL_ERROR, "The request failed on the server; it has been logged."),
                uri);
    }

    private static Response challenge(String detail, String wwwAuthenticate, UriInfo uri) {
        return Response.status(401)
                .header("WWW-Authenticate", wwwAuthenticate)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(StandardProblem.UNAUTHENTICATED, detail).withInstance(uri.getPath()))
                .build();
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath()))
                .build();
    }

    /**
     * The problem for a client error status that a framework chose (RESTEasy or the HTTP layer),
     * not the service's own code: its type by status, and a detail that suits any request.
     */
    static Problem forStatus(int status) {
        ProblemType type =
                switch (status) {
                    case 401 -> StandardProblem.UNAUTHENTICATED;
                    case 403 -> StandardProblem.FORBIDDEN;
                    case 404 -> StandardProblem.NOT_FOUND;
                    case 405 -> StandardProblem.METHOD_NOT_ALLOWED;
                    case 406 -> StandardProblem.NOT_ACCEPTABLE;
                    case 413 -> StandardProblem.PAYLOAD_TOO_LARGE;
                    case 415 -> StandardProblem.UNSUPPORTED_MEDIA_TYPE;
                    default -> StandardProblem.MALFORMED_REQUEST;
                };
        return new Problem(type.uri(), type.title(), status, detailFor(status), null, null, Map.of());
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 401 -> "Send an API key or token: Authorization: Bearer <key>.";
            case 403 -> "These credentials lack the scope this request needs.";
            case 404 -> "There is no resource at this path.";
            case 405 -> "This path does not accept that method.";
            case 406 -> "This resource is served as application/json only.";
            case 413 -> "The request body is larger than the service accepts.";
            case 415 -> "Send the body as application/json (application/merge-patch+json for PATCH).";
            default -> "The request could not be read.";
        };
    }

    /** "create.request.customer.email" → "customer.email": drops the method and parameter nodes. */
    private static String fieldPath(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null) {
                names.add(name + "[" + node.getIndex() + "]");
            } else if (!name.isEmpty() && !name.startsWith("<")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    /** A violation of the service's own answer is the service's fault, not the client's. */
    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + JsonEnums.wireNames(type);
        }
        if (type.getName().startsWith("java.time")) {
            return "an RFC 3339 date-time such as 2026-05-01T18:30:00Z";
        }
        return "an object";
    }

    private static String quote(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
