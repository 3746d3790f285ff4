package dev.reviewflow.common.error;

/**
 * A kind of problem the API answers with: its type URI, title and HTTP status. The common ones
 * are in {@link StandardProblem}; a feature with problems of its own (a refused reply, a refused
 * transition) declares them beside the exception that raises them.
 *
 * @param slug the last part of the type URI, in kebab case
 */
public record ProblemType(String slug, String title, int status) {

    public String uri() {
        return "urn:reviewflow:problem:" + slug;
    }
}
