package dev.reviewflow.common.error;

/**
 * A kind of problem the API answers with. The common ones are {@link StandardProblem}s; a feature
 * with problems of its own (a refused reply, a refused transition) declares them itself.
 */
public interface ProblemType {

    /** The last part of the type URI, in kebab case. */
    String slug();

    String title();

    int status();

    default String uri() {
        return "urn:reviewflow:problem:" + slug();
    }
}
