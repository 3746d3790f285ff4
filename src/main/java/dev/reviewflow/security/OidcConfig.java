package dev.reviewflow.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where an OpenID Connect token carries the caller's workspace and scopes. */
@ConfigMapping(prefix = "reviewflow.oidc")
public interface OidcConfig {

    @WithDefault("reviewflow_workspace")
    String workspaceClaim();

    /**
     * A space-separated string or an array of scope names. A roles claim by default, which the
     * identity provider's admin fills: OAuth's "scope" claim often holds whatever the client asked for.
     */
    @WithDefault("roles")
    String scopesClaim();
}
