package dev.reviewflow.complaint;

import dev.reviewflow.common.error.ProblemType;

/** The problems of the complaint workflow. */
enum ComplaintProblem implements ProblemType {
    INVALID_TRANSITION("invalid-transition", "Action not allowed in the current status", 409);

    private final String slug;
    private final String title;
    private final int status;

    ComplaintProblem(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public int status() {
        return status;
    }
}
