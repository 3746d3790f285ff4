package dev.reviewflow.reply;

import dev.reviewflow.common.error.ProblemType;

/** The problems of replies. */
enum ReplyProblem implements ProblemType {
    REPLY_REJECTED("reply-rejected", "The public reply was refused by the reply guard", 422);

    private final String slug;
    private final String title;
    private final int status;

    ReplyProblem(String slug, String title, int status) {
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
