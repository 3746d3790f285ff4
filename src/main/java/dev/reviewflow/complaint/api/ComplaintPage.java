package dev.reviewflow.complaint.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of complaints, newest first.")
public record ComplaintPage(
        @Schema(required = true) List<ComplaintView> items,

        @Schema(
                description = "Pass as cursor to get the next page; null on the last page.",
                required = true,
                nullable = true)
        String nextCursor) {}
