package dev.reviewflow.common.error;

/** Every kind of problem the API answers with: its type URI, title and HTTP status. */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
    UNAUTHENTICATED("unauthenticated", "Missing or invalid credentials", 401),
    FORBIDDEN("forbidden", "The credentials lack the scope this needs", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    INVALID_TRANSITION("invalid-transition", "Action not allowed in the current status", 409),
    CONCURRENT_UPDATE("concurrent-update", "The complaint was changed by another request", 409),
    STALE_PRECONDITION("stale-precondition", "If-Match does not match the current version", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    VALIDATION_FAILED("validation-failed", "The request has invalid fields", 422),
    REPLY_REJECTED("reply-rejected", "The public reply was refused by the reply guard", 422),
    RULE_VIOLATION("rule-violation", "The request breaks a workflow rule", 422),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    INTERNAL_ERROR("internal-error", "Internal error", 500);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return "urn:reviewflow:problem:" + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
