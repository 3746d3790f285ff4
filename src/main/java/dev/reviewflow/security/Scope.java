package dev.reviewflow.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.reviewflow.common.json.JsonEnums;

/** What a key or token may do. Each scope is a role of the caller's identity. */
public enum Scope {
    @JsonProperty(Names.COMPLAINTS_READ)
    COMPLAINTS_READ,
    @JsonProperty(Names.COMPLAINTS_WRITE)
    COMPLAINTS_WRITE,
    @JsonProperty(Names.REPLIES_WRITE)
    REPLIES_WRITE,
    @JsonProperty(Names.PII_READ)
    PII_READ,
    @JsonProperty(Names.ADMIN)
    ADMIN;

    private static final Set<String> WIRE_NAMES =
            Arrays.stream(values()).map(JsonEnums::wireName).collect(Collectors.toUnmodifiableSet());

    /**
     * The scope names among {@code names}. Anything else, platform:admin included, is dropped:
     * only real scopes become roles, whatever a key row or token claims.
     */
    public static Set<String> known(Stream<String> names) {
        return names.filter(WIRE_NAMES::contains).collect(Collectors.toUnmodifiableSet());
    }

    /** The scope names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String COMPLAINTS_READ = "complaints:read";
        public static final String COMPLAINTS_WRITE = "complaints:write";
        public static final String REPLIES_WRITE = "replies:write";
        public static final String PII_READ = "pii:read";
        public static final String ADMIN = "admin";
        /** Not a scope a key can be given: held only by the bootstrap key from configuration. */
        public static final String PLATFORM_ADMIN = "platform:admin";

        private Names() {}
    }
}
