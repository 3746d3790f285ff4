package dev.reviewflow.support;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test of the suite (META-INF/services, autodetection enabled in
 * junit-platform.properties), so no test can forget the OpenAPI check of its answers.
 */
public class OpenApiResponsesExtension implements BeforeEachCallback {

    /**
     * A Quarkus test runs in the application's class loader, with its own copy of RestAssured:
     * the check goes into the copy the test class sees, not into this extension's.
     */
    @Override
    public void beforeEach(ExtensionContext context) throws ReflectiveOperationException {
        Class.forName(
                        OpenApiResponses.class.getName(),
                        true,
                        context.getRequiredTestClass().getClassLoader())
                .getMethod("install")
                .invoke(null);
    }
}
