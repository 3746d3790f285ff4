package dev.reviewflow.security;

import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** How reviewflow identities are built and read, whichever mechanism authenticated them. */
public final class Callers {

    /** The identity attribute naming the caller's workspace (absent for the bootstrap admin). */
    public static final String WORKSPACE = "reviewflow.workspace";

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
