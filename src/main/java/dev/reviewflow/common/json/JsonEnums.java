package dev.reviewflow.common.json;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.reviewflow.common.error.ValidationException;

/** The JSON names of enums whose constants carry {@link JsonProperty}, for messages and parameters. */
public final class JsonEnums {

    /** Read once per enum type: names are asked for on every request that records a timeline event. */
    private static final ClassValue<Map<String, String>> WIRE_NAMES = new ClassValue<>() {
        @Override
        protected Map<String, String> computeValue(Class<?> type) {
            Map<String, String> names = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                try {
                    JsonProperty property = type.getField(name).getAnnotation(JsonProperty.class);
                    names.put(name, property == null ? name : property.value());
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
            }
            return Map.copyOf(names);
        }
    };

    private JsonEnums() {}

    public static String wireName(Enum<?> constant) {
        return WIRE_NAMES.get(constant.getDeclaringClass()).get(constant.name());
    }

    public static List<String> wireNames(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> wireName((Enum<?>) c))
                .toList();
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> enumType, String value) {
        return Arrays.stream(enumType.getEnumConstants())
                .filter(c -> wireName(c).equals(value))
                .findFirst();
    }

    /** Parses a query parameter, or fails with a 422 that names the parameter and the allowed values. */
    public static <E extends Enum<E>> E parseParameter(Class<E> enumType, String parameter, String value) {
        return parse(enumType, value)
                .orElseThrow(() -> ValidationException.of(
                        parameter, "must be one of " + wireNames(enumType) + ", not \"" + value + "\""));
    }
}
