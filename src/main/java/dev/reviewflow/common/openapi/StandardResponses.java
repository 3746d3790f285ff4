package dev.reviewflow.common.openapi;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import dev.reviewflow.common.error.Problem;

/**
 * Completes every operation's answers from what the operation is (takes a body or query
 * parameters, addresses one resource, writes, answers with a versioned resource): the problem
 * answers of ProblemMapper and the ETag header, so the document cannot drift one hand-written
 * annotation at a time. It knows no feature: a schema with a {@code version} member is versioned.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class StandardResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String SECURITY_SCHEME = "bearer";
    private static final Map<String, String> HEADER_DESCRIPTIONS = Map.of(
            "ETag", "The resource's current version; send it back as If-Match to write safely.",
            "Location", "URL of the created resource.",
            "WWW-Authenticate", "The authentication scheme to use: Bearer.",
            "Retry-After", "Seconds until the client may try again.");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Set<String> versioned = openAPI.getComponents().getSchemas().entrySet().stream()
                .filter(schema -> schema.getValue().getProperties() != null
                        && schema.getValue().getProperties().containsKey("version"))
                .map(schema -> SCHEMAS + schema.getKey())
                .collect(Collectors.toSet());
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/v1/")) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation, versioned));
            }
        });
        openAPI.getComponents()
                .addSecurityScheme(
                        SECURITY_SCHEME,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("An API key (rf_...) or, when enabled, an OpenID Connect access token."));
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation, Set<String> versioned) {
        oneRequirementPerScope(operation);
        APIResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInputs = hasBody
                || (operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> p.getIn() != Parameter.In.PATH));
        // Every path parameter names something (complaint, reply, workspace, key) that may not exist.
        boolean addressesOne = path.contains("{");
        boolean changesAComplaint = path.contains("{id}") && method != PathItem.HttpMethod.GET;
        if (hasBody) {
            put(responses, "400", "The body is not valid JSON, or not a JSON object.");
            put(responses, "413", "The body is larger than the service accepts.");
            put(responses, "415", "Wrong Content-Type.");
        }
        if (hasInputs) {
            put(
                    responses,
                    "422",
                    "A field or parameter is invalid (errors names each), or a rule refused the request.");
        }
        if (addressesOne) {
            put(responses, "404", "Nothing with this id that the caller may see.");
        }
        if (changesAComplaint) {
            put(responses, "409", "Not allowed in the current state, or changed by a concurrent request.");
            put(responses, "412", "If-Match names an outdated ETag.");
        }
        // RequestLimits refuses these before any resource sees the request, whatever the operation.
        put(responses, "414", "The URI is longer than the service accepts.");
        put(responses, "431", "The request headers are larger than the service accepts.");
        put(responses, "401", "No, or an unknown, revoked or expired, API key or token (see WWW-Authenticate).")
                .addHeader("WWW-Authenticate", requiredHeader(Schema.SchemaType.STRING));
        put(responses, "403", "The key or token lacks the scope this operation needs.");
        put(
                        responses,
                        "429",
                        "Over the key's requests per minute, or too many failed authentications from this client address;"
                                + " retry after Retry-After seconds.")
                .addHeader("Retry-After", requiredHeader(Schema.SchemaType.INTEGER));
        put(responses, "500", "Unexpected failure; details are in the server log only.");
        responses.getAPIResponses().values().forEach(response -> describeHeaders(response, versioned));
    }

    /**
     * The scanner turns {@code @RolesAllowed} into one requirement listing its scopes, which
     * reads as "all of them"; any one of them lets the caller in, so each becomes an alternative.
     * The service has one scheme, so no requirement combines schemes.
     */
    private static void oneRequirementPerScope(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        operation.setSecurity(operation.getSecurity().stream()
                .flatMap(requirement -> requirement.getSchemes().entrySet().stream())
                .flatMap(scheme -> scheme.getValue().stream()
                        .map(scope -> OASFactory.createSecurityRequirement().addScheme(scheme.getKey(), scope)))
                .toList());
    }

    /**
     * Every answer that carries a versioned resource carries its ETag; every header gets a type
     * and a description.
     */
    private static void describeHeaders(APIResponse response, Set<String> versioned) {
        if (response.getContent() != null
                && response.getContent().getMediaType("application/json") != null
                && versioned.contains(response.getContent()
                        .getMediaType("application/json")
                        .getSchema()
                        .getRef())
                && (response.getHeaders() == null || !response.getHeaders().containsKey("ETag"))) {
            response.addHeader("ETag", OASFactory.createHeader());
        }
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, header) -> {
                if (header.getSchema() == null) {
                    header.schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                }
                if (header.getDescription() == null) {
                    header.description(HEADER_DESCRIPTIONS.get(name));
                }
            });
        }
    }

    /** A header every answer of its status carries (the validating test suite checks it). */
    private static Header requiredHeader(Schema.SchemaType type) {
        return OASFactory.createHeader()
                .required(true)
                .schema(OASFactory.createSchema().addType(type));
    }

    /** Adds the problem answer, replacing a bare one that the scanner may have generated. */
    private static APIResponse put(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return existing;
        }
        APIResponse problem =
                OASFactory.createAPIResponse().description(description).content(problemContent());
        responses.addAPIResponse(status, problem);
        return problem;
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
