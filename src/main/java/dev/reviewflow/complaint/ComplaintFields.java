package dev.reviewflow.complaint;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The complaint's field rules in one place: the length limits that the request records, the
 * merge-patch parser and the OpenAPI document state, and how tags are normalised. Lengths are
 * Unicode characters (code points), as {@code @ValidText} counts them.
 */
public final class ComplaintFields {

    public static final int EXTERNAL_ID_MAX = 200;
    public static final int SOURCE_URL_MAX = 2_000;
    /** The public handle of whoever posted the complaint. */
    public static final int AUTHOR_MAX = 200;

    public static final int CUSTOMER_NAME_MAX = 200;
    public static final int CUSTOMER_EMAIL_MAX = 320;
    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;
    public static final int TITLE_MAX = 500;
    public static final int BODY_MAX = 10_000;
    public static final int TAGS_MAX = 20;
    public static final int TAG_MAX = 50;
    public static final int ASSIGNEE_MAX = 200;
    public static final int LOCATION_MAX = 200;

    /** The first public reply, sent with acknowledge, and the name of the staff member who wrote it. */
    public static final int REPLY_MAX = 10_000;

    public static final int REPLY_AUTHOR_MAX = 200;
    /** The move-to-private note, the resolution summary and the reason for reopening. */
    public static final int NOTE_MAX = 2_000;

    private ComplaintFields() {}

    /**
     * Tags are compared and filtered lower-cased and trimmed, so "Cold-Pizza " and "cold-pizza" are
     * one tag; duplicates are dropped, the first occurrence keeps its place. {@code null} is no tags.
     */
    public static List<String> normaliseTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(
                tags.stream().map(ComplaintFields::normaliseTag).toList()));
    }

    public static String normaliseTag(String tag) {
        return tag.trim().toLowerCase(Locale.ROOT);
    }
}
