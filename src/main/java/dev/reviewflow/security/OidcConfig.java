package dev.reviewflow.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where an OpenID Connect token carries the caller's workspace and scopes. */
@ConfigMapping(prefix = "reviewflow.oidc")
public interface OidcConfig {

    @WithDefault("reviewflow_workspace")
    String workspaceClaim();

    /** A space-separated string (as OAuth's "scope") or an array of scope names. */
    @WithDefault("scope")
    String scopesClaim();
}
