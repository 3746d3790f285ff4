package dev.reviewflow.complaint;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import dev.reviewflow.common.openapi.ProblemExtensions;

/** Documents the members a refused transition adds to its problem: where the complaint stands, and what it allows. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ComplaintProblemSchema implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemExtensions.add(
                openAPI,
                "currentStatus",
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .description("The complaint's current status (invalid-transition problems only).")
                        .addExample("new"));
        ProblemExtensions.add(
                openAPI,
                "allowedActions",
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                        .description(
                                "The actions allowed from the current status (invalid-transition problems only)."));
    }
}
