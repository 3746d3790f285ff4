package dev.reviewflow.reply;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import dev.reviewflow.common.openapi.ProblemExtensions;

/** Documents the member replies add to their problems: what the guard found in a refused reply. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ReplyProblemSchema implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemExtensions.add(
                openAPI,
                "findings",
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/Finding"))
                        .description("What the reply guard found (reply-rejected problems only)."));
    }
}
