package dev.reviewflow.security;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "reviewflow.security")
public interface SecurityConfig {

    /**
     * The bootstrap admin key (from a Secret): creates workspaces and their keys, and nothing
     * else. Unset, only workspace keys exist. Read it through {@link SecuritySettings}, which
     * strips it and checks its form.
     */
    Optional<String> bootstrapAdminKey();

    /** Requests a key or token may make per minute, per replica; over it answers 429. */
    @WithDefault("600")
    int requestsPerMinute();

    /**
     * Failed authentications (401) a client address may have per minute, per replica; beyond it
     * every request from that address answers 429 until the minute is over.
     */
    @WithDefault("20")
    int failedAuthenticationsPerMinute();

    /**
     * How far ahead the expiry of a key that an OpenID Connect token creates may lie: the key
     * outlives the person's account by at most this much.
     */
    @WithDefault("P30D")
    Duration oidcKeyMaxLifetime();
}
