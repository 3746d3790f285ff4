package dev.reviewflow.workspace.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.workspace.Workspace;

@Schema(name = "Workspace")
public record WorkspaceView(
        @Schema(required = true) String id,
        @Schema(required = true) String name,
        @Schema(required = true) Instant createdAt) {

    public static WorkspaceView of(Workspace workspace) {
        return new WorkspaceView(workspace.id, workspace.name, workspace.createdAt);
    }
}
