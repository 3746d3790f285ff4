package dev.reviewflow.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import dev.reviewflow.security.ApiKeySecrets;

/** A fresh bootstrap admin key for each test run: nothing secret is committed, not even for tests. */
public class BootstrapKeyResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("reviewflow.security.bootstrap-admin-key", ApiKeySecrets.generate());
    }

    @Override
    public void stop() {}
}
