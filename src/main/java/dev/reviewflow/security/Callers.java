package dev.reviewflow.security;

import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** How reviewflow identities are built and read, whichever mechanism authenticated them. */
public final class Callers {

    /** The identity attribute naming the caller's workspace (absent for the bootstrap admin). */
    public static final String WORKSPACE = "reviewflow.workspace";

    /** How an OpenID Connect token's subject is named as a caller ("oidc:<sub>"); keys are "key:<id>". */
    public static final String TOKEN_SUBJECT_PREFIX = "oidc:";

    private Callers() {}

    public static SecurityIdentity identity(String name, String workspace, Set<String> roles) {
        QuarkusSecurityIdentity.Builder builder =
                QuarkusSecurityIdentity.builder().setPrincipal(() -> name).addRoles(roles);
        if (workspace != null) {
            builder.addAttribute(WORKSPACE, workspace);
        }
        return builder.build();
    }

    public static String workspaceOf(SecurityIdentity identity) {
        return identity.getAttribute(WORKSPACE);
    }
}
