package dev.reviewflow.common.error;

/** The problems any feature may answer with: their type URI, title and HTTP status. */
public enum StandardProblem implements ProblemType {
    MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
    UNAUTHENTICATED("unauthenticated", "Missing or invalid credentials", 401),
    FORBIDDEN("forbidden", "The credentials lack the scope this needs", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONCURRENT_UPDATE("concurrent-update", "Changed by another request at the same time", 409),
    STALE_PRECONDITION("stale-precondition", "If-Match does not match the current version", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    VALIDATION_FAILED("validation-failed", "The request has invalid fields", 422),
    RULE_VIOLATION("rule-violation", "The request breaks a workflow rule", 422),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    INTERNAL_ERROR("internal-error", "Internal error", 500);

    private final String slug;
    private final String title;
    private final int status;

    StandardProblem(String slug, String title, int status) {
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
