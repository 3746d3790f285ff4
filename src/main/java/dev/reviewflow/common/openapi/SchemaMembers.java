package dev.reviewflow.common.openapi;

import java.util.List;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A member that refers to another schema takes its type from there. The scanner copies a type
 * beside the reference of a member that has its own description, and beside the
 * {@code anyOf: [reference, null]} of a nullable one; there it can even leave out {@code null}
 * (a nullable object member got {@code type: object}, which refused the nulls it documents).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SchemaMembers implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().getSchemas().values().stream()
                .filter(schema -> schema.getProperties() != null)
                .flatMap(schema -> schema.getProperties().values().stream())
                .filter(SchemaMembers::refersToASchema)
                .forEach(member -> member.setType(null));
    }

    private static boolean refersToASchema(Schema member) {
        List<Schema> anyOf = member.getAnyOf();
        return member.getRef() != null
                || (anyOf != null && anyOf.stream().anyMatch(alternative -> alternative.getRef() != null));
    }
}
