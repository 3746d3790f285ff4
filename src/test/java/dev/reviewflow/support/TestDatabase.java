package dev.reviewflow.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Registers the test database and the bootstrap key once for every @QuarkusTest in the suite. */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BootstrapKeyResource.class, scope = TestResourceScope.GLOBAL)
public final class TestDatabase {

    private TestDatabase() {}
}
