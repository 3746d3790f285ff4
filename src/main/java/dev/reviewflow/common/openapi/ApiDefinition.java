package dev.reviewflow.common.openapi;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.error.Problem;

/**
 * Document-level OpenAPI facts; the shared problem schema is listed so every operation can refer
 * to it. Features register their own schemas through the types they answer with.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "reviewflow API",
                        version = "1.0.0",
                        description =
                                "Tracks public complaints (reviews, posts, tweets) from the first public answer to"
                                        + " resolution, and guards what is said in public. Every error is application/problem+json"
                                        + " (RFC 9457)."),
        components = @Components(schemas = {@Schema(name = "Problem", implementation = Problem.class)}))
public class ApiDefinition extends Application {}
