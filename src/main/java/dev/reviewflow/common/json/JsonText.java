package dev.reviewflow.common.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Rewrites the texts inside JSON-shaped values (maps, lists, strings) as read by Jackson or Hibernate. */
public final class JsonText {

    private JsonText() {}

    /** A copy of {@code value} with every string rewritten, values inside lists and maps too; keys and other types stay. */
    public static Object rewritten(Object value, UnaryOperator<String> rewrite) {
        return switch (value) {
            case String text -> rewrite.apply(text);
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                map.forEach((key, entry) -> copy.put(key, rewritten(entry, rewrite)));
                yield copy;
            }
            case List<?> list ->
                list.stream().map(entry -> rewritten(entry, rewrite)).toList();
            case null, default -> value;
        };
    }
}
