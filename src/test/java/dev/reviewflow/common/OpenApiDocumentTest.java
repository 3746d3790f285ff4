package dev.reviewflow.common;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The committed openapi/openapi.yaml must be exactly what the service serves. After an intended
 * API change, regenerate it with {@code ./mvnw verify -Dopenapi.update=true} and commit the diff.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

    @TestHTTPResource(value = "/openapi", management = true)
    URL document;

    @Test
    void theCommittedDocumentIsWhatTheServiceServes() throws Exception {
        String served = RestAssured.given()
                .accept("application/yaml")
                .get(document)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "(missing)";
        assertEquals(
                committed,
                served,
                "openapi/openapi.yaml differs from the served document: run ./mvnw verify -Dopenapi.update=true and commit it");
    }
}
