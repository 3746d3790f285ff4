package dev.reviewflow.devmode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.security.ApiKey;
import dev.reviewflow.security.ApiKeySecrets;
import dev.reviewflow.security.Scope;
import dev.reviewflow.workspace.Workspace;
import dev.reviewflow.workspace.WorkspaceService;
import dev.reviewflow.workspace.api.CreateWorkspaceRequest;

/**
 * Dev mode's ready-made workspace, so that the README's tour starts with {@code ./mvnw quarkus:dev}
 * alone: a workspace {@value #ID} and a key with every scope, whose secret is kept beside the dev
 * database (like the {@link DevBootstrapKey}) and printed at start. Production and the tests never
 * get a workspace or key they did not ask for.
 */
@ApplicationScoped
class DevWorkspace {

    static final String ID = "dev";
    /** Who made the key, as its row records it. */
    static final String CREATED_BY = "dev-mode";

    private static final Logger LOG = Logger.getLogger(DevWorkspace.class);
    private static final String FILE = "dev-workspace-key";

    private final WorkspaceService workspaces;
    private final Clock clock;
    private final Path directory;
    private final Optional<String> bootstrapKey;

    DevWorkspace(
            WorkspaceService workspaces,
            Clock clock,
            @ConfigProperty(
                            name = DevDatabaseConfigSourceFactory.DIRECTORY,
                            defaultValue = DevDatabaseConfigSourceFactory.DEFAULT_DIRECTORY)
                    String directory,
            @ConfigProperty(name = "reviewflow.security.bootstrap-admin-key") Optional<String> bootstrapKey) {
        this.workspaces = workspaces;
        this.clock = clock;
        this.directory = Path.of(directory);
        this.bootstrapKey = bootstrapKey;
    }

    /**
     * Runs once Flyway has migrated. The launch mode decides, not a setting, so that no
     * configuration can make production create a workspace or key by itself.
     */
    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            String key = ensure(directory);
            bootstrapKey.ifPresent(admin -> LOG.infof("Dev mode bootstrap admin key (workspaces and keys): %s", admin));
            LOG.infof(
                    "Dev mode workspace key (workspace %s; scopes %s; from %s): %s",
                    ID,
                    String.join(", ", JsonEnums.wireNames(Scope.class)),
                    directory.resolve(FILE).toAbsolutePath(),
                    key);
        }
    }

    /**
     * Makes sure the workspace exists and that the key kept in {@code keyDirectory} works, and
     * returns that key. The request context is there for Hibernate, which asks it for the tenant.
     */
    @ActivateRequestContext
    @Transactional
    String ensure(Path keyDirectory) {
        if (Workspace.findById(ID) == null) {
            workspaces.create(new CreateWorkspaceRequest(ID, "Dev workspace"));
        }
        Path file = keyDirectory.resolve(FILE);
        Optional<String> kept = read(file).filter(ApiKeySecrets::looksLikeKey);
        Optional<ApiKey> stored = kept.flatMap(ApiKey::withSecret);
        if (stored.isPresent() && stored.get().revokedAt == null) {
            return kept.get();
        }
        // A kept key whose row is gone (the database was wiped) is stored again, so that the key
        // printed before still works; with no kept key, or a revoked one, comes a new one.
        String secret = stored.isEmpty() && kept.isPresent() ? kept.get() : write(file, ApiKeySecrets.generate());
        ApiKey.of(ID, "dev mode", List.of(Scope.values()), secret, CREATED_BY, clock.instant())
                .persist();
        return secret;
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).trim()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the dev workspace key " + file, e);
        }
    }

    private static String write(Path file, String secret) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, secret);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the dev workspace key in " + file, e);
        }
    }
}
