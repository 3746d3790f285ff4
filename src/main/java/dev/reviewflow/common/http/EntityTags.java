package dev.reviewflow.common.http;

import java.util.Arrays;

import dev.reviewflow.common.error.PreconditionFailedException;

/** Strong ETags derived from an entity's version, and the If-Match check on writes. */
public final class EntityTags {

    private EntityTags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Passes when there is no If-Match, when it is {@code *}, or when one of its tags names the
     * current version; otherwise the write is refused with 412.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = of(currentVersion);
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw new PreconditionFailedException(ifMatch.trim(), current);
        }
    }
}
