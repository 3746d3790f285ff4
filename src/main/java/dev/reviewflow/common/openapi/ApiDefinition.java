package dev.reviewflow.common.openapi;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.error.Problem;
import dev.reviewflow.reply.guard.Finding;

/** Document-level OpenAPI facts; the shared schemas are listed so every operation can refer to them. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "reviewflow API",
                        version = "1.0.0",
                        description =
                                "Tracks public complaints (reviews, posts, tweets) from the first public answer to"
                                        + " resolution, and guards what is said in public. Every error is application/problem+json"
                                        + " (RFC 9457)."),
        components =
                @Components(
                        schemas = {
                            @Schema(name = "Problem", implementation = Problem.class),
                            @Schema(name = "Finding", implementation = Finding.class)
                        }))
public class ApiDefinition extends Application {}
