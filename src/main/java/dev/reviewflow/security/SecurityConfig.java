package dev.reviewflow.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "reviewflow.security")
public interface SecurityConfig {

    /**
     * The bootstrap admin key (from a Secret): creates workspaces and their keys, and nothing
     * else. Unset, only workspace keys exist.
     */
    Optional<String> bootstrapAdminKey();

    /** Requests a key or token may make per minute, per replica; over it answers 429. */
    @WithDefault("600")
    int requestsPerMinute();
}
