package dev.reviewflow.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns a verified OpenID Connect token into a reviewflow caller: subject as actor, workspace and
 * scopes from the configured claims. Only real scope names count (never platform:admin), and a
 * workspace that does not exist gives a caller without one, who may do nothing.
 */
@ApplicationScoped
public class OidcIdentityAugmentor implements SecurityIdentityAugmentor {

    private final KnownWorkspaces workspaces;
    private final OidcConfig config;

    OidcIdentityAugmentor(KnownWorkspaces workspaces, OidcConfig config) {
        this.workspaces = workspaces;
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            String workspace = text(token.getClaim(config.workspaceClaim()));
            boolean known = workspace != null && workspaces.exists(workspace);
            Set<String> scopes = known ? scopes(token.getClaim(config.scopesClaim())) : Set.of();
            return Callers.identity(
                    Callers.TOKEN_SUBJECT_PREFIX + token.getSubject(), known ? workspace : null, scopes);
        });
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString json) {
            return json.getString();
        }
        return claim instanceof String text ? text : null;
    }

    private static Set<String> scopes(Object claim) {
        Stream<String> names;
        if (text(claim) != null) {
            names = Arrays.stream(text(claim).split("\\s+"));
        } else if (claim instanceof JsonArray array) {
            names = array.getValuesAs(JsonString.class).stream().map(JsonString::getString);
        } else if (claim instanceof Collection<?> collection) {
            names = collection.stream().map(String::valueOf);
        } else {
            names = Stream.empty();
        }
        return Scope.known(names);
    }
}
