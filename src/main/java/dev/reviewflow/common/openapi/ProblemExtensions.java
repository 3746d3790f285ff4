package dev.reviewflow.common.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Lets a feature document the extension members it adds to its problems (RFC 9457, section 3.2)
 * in the shared Problem schema. The standard members come first and the extensions follow by
 * name, so the document does not depend on which feature's filter runs first.
 */
public final class ProblemExtensions {

    private static final List<String> STANDARD_MEMBERS =
            List.of("type", "title", "status", "detail", "instance", "errors");

    private ProblemExtensions() {}

    public static void add(OpenAPI openAPI, String member, Schema schema) {
        Schema problem = openAPI.getComponents().getSchemas().get("Problem");
        Map<String, Schema> members = new LinkedHashMap<>();
        Map<String, Schema> extensions = new TreeMap<>();
        problem.getProperties().forEach((name, property) -> (STANDARD_MEMBERS.contains(name) ? members : extensions)
                .put(name, property));
        extensions.put(member, schema);
        members.putAll(extensions);
        problem.setProperties(members);
    }
}
