package dev.reviewflow.devmode;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives dev mode its database with zero configuration: only in the {@code dev} profile and only
 * when nobody configured a datasource URL does it start {@link DevDatabase} and point the
 * datasource at it, with a {@link DevBootstrapKey} unless one is configured.
 */
public class DevDatabaseConfigSourceFactory implements ConfigSourceFactory {

    /** Where the dev database keeps its data, and dev mode its keys. */
    static final String DIRECTORY = "reviewflow.dev-db.directory";

    static final String DEFAULT_DIRECTORY = ".dev-db";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue url = context.getValue("quarkus.datasource.jdbc.url");
        if (!context.getProfiles().contains("dev") || (url != null && url.getValue() != null)) {
            return List.of();
        }
        ConfigValue directory = context.getValue(DIRECTORY);
        Path dataDirectory =
                Path.of(directory != null && directory.getValue() != null ? directory.getValue() : DEFAULT_DIRECTORY);
        Map<String, String> properties = new HashMap<>(DevDatabase.datasourceProperties(dataDirectory));
        ConfigValue bootstrapKey = context.getValue("reviewflow.security.bootstrap-admin-key");
        if (bootstrapKey == null || bootstrapKey.getValue() == null) {
            properties.put("reviewflow.security.bootstrap-admin-key", DevBootstrapKey.of(dataDirectory));
        }
        return List.of(new PropertiesConfigSource(properties, "reviewflow-dev-database", 50));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }
}
