package dev.reviewflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every answer of the API against the committed openapi/openapi.yaml: its status is
 * documented for the operation, and its content type, headers and body are what the document
 * says. A mismatch fails the test that made the request, naming the operation. Requests are not
 * checked: tests send invalid ones on purpose, and the answers to those are checked like any.
 */
public final class OpenApiResponses implements OrderedFilter {

    private static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");
    /** The document covers the API; health and the document itself live on the management port. */
    private static final String API_PATHS = "/v1/";

    private static OpenApiResponses installed;

    private final OpenApiInteractionValidator validator;

    private OpenApiResponses(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** Adds the check to every request RestAssured sends from now on (once per class loader). */
    public static synchronized void install() {
        if (installed == null) {
            installed = new OpenApiResponses(validator());
            RestAssured.filters(installed);
        }
    }

    static OpenApiResponses forTests() {
        return new OpenApiResponses(validator());
    }

    private static OpenApiInteractionValidator validator() {
        // The parser finds its parts with ServiceLoader through the context class loader, which
        // in a Quarkus test is the application's: it must be the one that loaded the validator.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(OpenApiResponses.class.getClassLoader());
        try {
            return OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(DOCUMENT))
                    // Members the document does not list are mismatches too, not extras to ignore.
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                            .build())
                    .withWhitelist(ValidationErrorsWhitelist.create()
                            .withRule(
                                    "A path the document does not have answers 404: no operation to check it against",
                                    WhitelistRules.allOf(
                                            WhitelistRules.messageHasKey("validation.request.path.missing"),
                                            WhitelistRules.responseStatusIs(404))))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Response answer = context.next(request, response);
        String path = URI.create(request.getURI()).getRawPath();
        if (path.startsWith(API_PATHS)) {
            check(request.getMethod(), path, answer);
        }
        return answer;
    }

    /** Throws an AssertionError naming the operation and every mismatch, if there is one. */
    void check(String method, String path, Response answer) {
        SimpleResponse.Builder checked = SimpleResponse.Builder.status(answer.statusCode());
        answer.headers().forEach(header -> checked.withHeader(header.getName(), header.getValue()));
        String body = answer.asString();
        if (!body.isEmpty()) {
            checked.withBody(body);
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), checked.build());
        if (report.hasErrors()) {
            List<ValidationReport.Message> errors = report.getMessages().stream()
                    .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .toList();
            throw new AssertionError(operation(errors, method, path) + " answered " + answer.statusCode()
                    + " unlike openapi/openapi.yaml:\n"
                    + errors.stream().map(OpenApiResponses::describe).collect(Collectors.joining("\n"))
                    + "\nbody: " + body);
        }
    }

    /** The rule, where in the body (a JSON pointer) and what is wrong. */
    private static String describe(ValidationReport.Message message) {
        String where = message.getContext()
                .flatMap(ValidationReport.MessageContext::getPointers)
                .map(pointers -> " at " + (pointers.getInstance().isEmpty() ? "/" : pointers.getInstance()))
                .orElse("");
        return "  " + message.getKey() + where + ": " + message.getMessage()
                + (message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo());
    }

    private static String operation(List<ValidationReport.Message> errors, String method, String path) {
        return errors.stream()
                .flatMap(message ->
                        message.getContext().flatMap(ValidationReport.MessageContext::getApiOperation).stream())
                .map(ApiOperation::getOperation)
                .map(operation -> operation.getOperationId() + " (" + method + " " + path + ")")
                .findFirst()
                .orElse(method + " " + path);
    }

    /** Last, so that it sees the answer exactly as the test will. */
    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
