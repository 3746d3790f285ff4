package dev.reviewflow.common.json;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.reviewflow.common.error.ValidationException;

/** The JSON names of enums whose constants carry {@link JsonProperty}, for messages and parameters. */
public final class JsonEnums {

    private JsonEnums() {}

    public static String wireName(Enum<?> constant) {
        try {
            JsonProperty property =
                    constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return property == null ? constant.name() : property.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
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
