package dev.reviewflow.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every manifest that `kubectl apply -k` would send, checked offline against the Kubernetes and
 * CloudNativePG schemas and types by k8s/validate/validate.mjs (Node.js, pinned npm packages).
 * Without its tools the test fails and names the setup script: a validation that silently does
 * not run is worse than none.
 */
class KubernetesSchemasTest {

    private static final Path VALIDATOR = Path.of("k8s", "validate", "validate.mjs");
    private static final Path MODELS = Path.of("k8s", "validate", "node_modules", "kubernetes-models");
    private static final String SETUP = "run k8s/validate/setup.sh (it installs Node.js, kubectl and the pinned npm"
            + " packages; .ci/run does it too)";

    @BeforeAll
    static void toolsAreInstalled() {
        for (String tool : List.of("node", "kubectl")) {
            if (!onPath(tool)) {
                fail(tool + " is not on the PATH: " + SETUP);
            }
        }
        if (!Files.isDirectory(MODELS)) {
            fail("the npm packages of k8s/validate are not installed: " + SETUP);
        }
    }

    /** One run for all of them: the type check of the fields takes a few seconds per run. */
    @Test
    void theBaseTheProductionOverlayAndTheExampleSecretAreValid() {
        List<String> sources = List.of("k8s/base", "k8s/overlays/prod", "k8s/base/secret.example.yaml");

        Result result = validate(sources.toArray(String[]::new));

        assertEquals(0, result.exitCode(), result.output());
        for (String source : sources) {
            assertTrue(result.output().contains(source + ": valid, no unknown fields"), result.output());
        }
    }

    @Test
    void wrongTypesUnknownFieldsAndUnknownKindsAreFound(@TempDir Path directory) throws IOException {
        Path deployment = directory.resolve("deployment.yaml");
        Files.writeString(
                deployment,
                Files.readString(Path.of("k8s", "base", "deployment.yaml")).replace("replicas: 2", "replicas: two"));
        Path cluster = directory.resolve("postgres.yaml");
        Files.writeString(
                cluster,
                Files.readString(Path.of("k8s", "base", "postgres.yaml")).replace("instances: 3", "instances: three"));
        Path budget = directory.resolve("poddisruptionbudget.yaml");
        Files.writeString(
                budget,
                Files.readString(Path.of("k8s", "base", "poddisruptionbudget.yaml"))
                        .replace("maxUnavailable:", "maxUnavailabel:"));
        Path unknown = directory.resolve("unknown.yaml");
        Files.writeString(unknown, "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n");

        Result result = validate(deployment.toString(), cluster.toString(), budget.toString(), unknown.toString());

        assertEquals(1, result.exitCode(), result.output());
        assertTrue(
                result.output().contains("Deployment reviewflow: data/spec/replicas must be integer"), result.output());
        assertTrue(
                result.output().contains("Cluster reviewflow-db: data/spec/instances must be integer"),
                result.output());
        assertTrue(
                result.output()
                        .contains("PodDisruptionBudget reviewflow: Object literal may only specify known"
                                + " properties, and '\"maxUnavailabel\"' does not exist"),
                result.output());
        assertTrue(result.output().contains("Widget w: no schema for this apiVersion and kind"), result.output());
    }

    private record Result(int exitCode, String output) {}

    private static Result validate(String... sources) {
        List<String> command = new ArrayList<>(List.of("node", VALIDATOR.toString()));
        command.addAll(List.of(sources));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the validator did not finish within 120 s: " + output);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command + ": " + SETUP, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, tool))) {
                return true;
            }
        }
        return false;
    }
}
