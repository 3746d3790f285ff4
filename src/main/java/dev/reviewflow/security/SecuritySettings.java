package dev.reviewflow.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security settings that a type alone does not check, checked at start: a wrong one stops the
 * service instead of leaving it open or silently unusable.
 */
@ApplicationScoped
public class SecuritySettings {

    static final String BOOTSTRAP_KEY_PROPERTY = "reviewflow.security.bootstrap-admin-key";
    static final String AUDIENCE_PROPERTY = "quarkus.oidc.token.audience";
    /** The audience value with which Quarkus skips the audience check. */
    private static final String ANY_AUDIENCE = "any";

    private final SecurityConfig security;
    private final boolean oidcEnabled;
    private final Optional<List<String>> audience;

    SecuritySettings(
            SecurityConfig security,
            // Quarkus's own default: a deployment that sets only the server URL has OIDC on.
            @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean oidcEnabled,
            @ConfigProperty(name = AUDIENCE_PROPERTY) Optional<List<String>> audience) {
        this.security = security;
        this.oidcEnabled = oidcEnabled;
        this.audience = audience;
    }

    void onStart(@Observes StartupEvent event) {
        bootstrapAdminKey(security.bootstrapAdminKey());
        requireAudience(oidcEnabled, audience);
    }

    /**
     * The bootstrap admin key without the whitespace around it (a Secret made from a file usually
     * ends with a newline), refused unless it has the form of a generated key. The message names
     * the property and never the value.
     */
    public static Optional<String> bootstrapAdminKey(Optional<String> configured) {
        return configured.map(String::strip).map(key -> {
            if (!ApiKeySecrets.isWellFormed(key)) {
                throw new ConfigurationException(BOOTSTRAP_KEY_PROPERTY
                        + " (REVIEWFLOW_SECURITY_BOOTSTRAP_ADMIN_KEY) must be rf_ followed by at least 43 characters"
                        + " of A-Z, a-z, 0-9, - and _ (32 random bytes in base64url), and the configured value is"
                        + " not; make one with: echo \"rf_$(openssl rand -base64 32 | tr '+/' '-_' | tr -d '=')\"."
                        + " Leave it unset for no bootstrap key.");
            }
            return key;
        });
    }

    /**
     * With OpenID Connect on, a token must be meant for reviewflow: without an audience any token
     * the identity provider issues, to any of its clients, would be accepted here.
     */
    public static void requireAudience(boolean oidcEnabled, Optional<List<String>> audience) {
        if (!oidcEnabled) {
            return;
        }
        List<String> audiences = audience.orElse(List.of()).stream()
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
        if (audiences.isEmpty() || audiences.equals(List.of(ANY_AUDIENCE))) {
            throw new ConfigurationException("OpenID Connect is on (quarkus.oidc.tenant-enabled) but tokens are not"
                    + " required to be meant for reviewflow: set " + AUDIENCE_PROPERTY
                    + " (QUARKUS_OIDC_TOKEN_AUDIENCE) to the audience the identity provider puts in the access"
                    + " tokens it issues for reviewflow (not \"any\"), or turn OpenID Connect off.");
        }
    }
}
