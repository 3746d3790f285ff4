package dev.reviewflow.common.error;

/** The problems any feature may answer with. */
public final class StandardProblem {

    public static final ProblemType MALFORMED_REQUEST = new ProblemType("malformed-request", "Malformed request", 400);
    public static final ProblemType UNAUTHENTICATED =
            new ProblemType("unauthenticated", "Missing or invalid credentials", 401);
    public static final ProblemType FORBIDDEN =
            new ProblemType("forbidden", "The credentials lack the scope this needs", 403);
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", "Not found", 404);
    public static final ProblemType METHOD_NOT_ALLOWED =
            new ProblemType("method-not-allowed", "Method not allowed", 405);
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", "Not acceptable", 406);
    public static final ProblemType CONCURRENT_UPDATE =
            new ProblemType("concurrent-update", "Changed by another request at the same time", 409);
    public static final ProblemType STALE_PRECONDITION =
            new ProblemType("stale-precondition", "If-Match does not match the current version", 412);
    public static final ProblemType PAYLOAD_TOO_LARGE =
            new ProblemType("payload-too-large", "Request body too large", 413);
    public static final ProblemType URI_TOO_LONG = new ProblemType("uri-too-long", "URI too long", 414);
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
            new ProblemType("unsupported-media-type", "Unsupported media type", 415);
    public static final ProblemType VALIDATION_FAILED =
            new ProblemType("validation-failed", "The request has invalid fields", 422);
    public static final ProblemType RULE_VIOLATION =
            new ProblemType("rule-violation", "The request breaks a workflow rule", 422);
    public static final ProblemType HEADERS_TOO_LARGE =
            new ProblemType("headers-too-large", "Request headers too large", 431);
    public static final ProblemType TOO_MANY_REQUESTS = new ProblemType("too-many-requests", "Too many requests", 429);
    public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error", "Internal error", 500);

    private StandardProblem() {}
}
