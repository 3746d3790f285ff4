package dev.reviewflow.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hardening and sizing of k8s/base/deployment.yaml and its network policy, so that none of it silently disappears. */
class KubernetesManifestsTest {

    private static final Path DEPLOYMENT = Path.of("k8s", "base", "deployment.yaml");
    private static final Path DOCKERFILE = Path.of("Dockerfile");
    private static final Path NETWORK_POLICY = Path.of("k8s", "base", "networkpolicy.yaml");
    private static final String HEAP_VARIABLE = "JAVA_MAX_MEM_RATIO";
    /** Metaspace, code cache, thread stacks, direct buffers and GC structures live outside the heap. */
    private static final long MIN_NON_HEAP_BYTES = 256L * 1024 * 1024;

    private final JsonNode pod = read(DEPLOYMENT).path("spec").path("template").path("spec");
    private final JsonNode container = pod.path("containers").path(0);

    @Test
    void thePodGetsNoServiceAccountToken() {
        // The service never calls the Kubernetes API; a mounted token would only help an intruder.
        assertTrue(pod.path("automountServiceAccountToken").isBoolean(), "automountServiceAccountToken is set");
        assertFalse(pod.path("automountServiceAccountToken").booleanValue());
    }

    @Test
    void theContainerRunsLockedDown() {
        assertTrue(pod.path("securityContext").path("runAsNonRoot").booleanValue(), "runAsNonRoot");
        JsonNode security = container.path("securityContext");
        assertTrue(security.path("readOnlyRootFilesystem").booleanValue(), "readOnlyRootFilesystem");
        assertTrue(security.path("allowPrivilegeEscalation").isBoolean(), "allowPrivilegeEscalation is set");
        assertFalse(security.path("allowPrivilegeEscalation").booleanValue());
        assertEquals("[\"ALL\"]", security.path("capabilities").path("drop").toString());
    }

    @Test
    void theProbesAskTheManagementPort() {
        JsonNode managementPort = StreamSupport.stream(container.path("ports").spliterator(), false)
                .filter(port -> port.path("name").asText().equals("management"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the container names its management port"));
        assertEquals(9000, managementPort.path("containerPort").intValue());
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertEquals(
                    "management",
                    container.path(probe).path("httpGet").path("port").asText(),
                    probe + " asks the management port");
        }
    }

    @Test
    void replicasAreSpreadOverNodesAndZones() {
        List<String> keys = StreamSupport.stream(
                        pod.path("topologySpreadConstraints").spliterator(), false)
                .map(constraint -> constraint.path("topologyKey").asText())
                .toList();
        assertTrue(keys.containsAll(List.of("kubernetes.io/hostname", "topology.kubernetes.io/zone")), keys::toString);
    }

    @Test
    void cpuHasARequestAndALimitAboveIt() {
        JsonNode resources = container.path("resources");
        assertTrue(resources.path("limits").path("cpu").isTextual(), "resources.limits.cpu is set");
        assertTrue(millicores(resources.path("limits").path("cpu").asText())
                >= millicores(resources.path("requests").path("cpu").asText()));
    }

    @Test
    void theHeapLeavesRoomUnderTheMemoryLimit() throws IOException {
        long limit =
                bytes(container.path("resources").path("limits").path("memory").asText());
        JsonNode ratio = StreamSupport.stream(container.path("env").spliterator(), false)
                .filter(variable -> variable.path("name").asText().equals(HEAP_VARIABLE))
                .findFirst()
                .orElseThrow(() -> new AssertionError(HEAP_VARIABLE + " is set on the container"))
                .path("value");
        double heapPercent = Double.parseDouble(ratio.asText());
        assertTrue(heapPercent > 0 && heapPercent < 100, HEAP_VARIABLE + " is a percentage");
        assertTrue(
                limit * (100 - heapPercent) / 100 >= MIN_NON_HEAP_BYTES,
                "a heap of " + heapPercent + "% of " + limit + " bytes leaves less than 256 MiB for the rest");

        // The image must pass the variable to java, and nothing later on the command line may override it
        // (the options of container/jvm.options come before it).
        String dockerfile = Files.readString(DOCKERFILE);
        assertTrue(dockerfile.contains(" -XX:MaxRAMPercentage=$" + HEAP_VARIABLE + " $JAVA_OPTS_APPEND -jar"));
        assertEquals(
                1,
                Pattern.compile("MaxRAMPercentage")
                        .matcher(dockerfile)
                        .results()
                        .count());
    }

    @Test
    void theTmpVolumeHasASizeLimit() {
        String volume = StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
                .filter(mount -> mount.path("mountPath").asText().equals("/tmp"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("/tmp is mounted"))
                .path("name")
                .asText();
        JsonNode emptyDir = StreamSupport.stream(pod.path("volumes").spliterator(), false)
                .filter(v -> v.path("name").asText().equals(volume))
                .findFirst()
                .orElseThrow(() -> new AssertionError("volume " + volume + " exists"))
                .path("emptyDir");
        assertTrue(emptyDir.path("sizeLimit").isTextual(), "the /tmp emptyDir has a sizeLimit");
        assertTrue(bytes(emptyDir.path("sizeLimit").asText()) > 0);
    }

    @Test
    void webhookEgressReachesNoPrivateNetwork() {
        JsonNode https = StreamSupport.stream(
                        read(NETWORK_POLICY).path("spec").path("egress").spliterator(), false)
                .filter(rule -> rule.path("ports").path(0).path("port").asInt() == 443)
                .findFirst()
                .orElseThrow(() -> new AssertionError("an egress rule for HTTPS (webhook receivers)"));
        List<String> excepted = StreamSupport.stream(https.path("to").spliterator(), false)
                .flatMap(peer ->
                        StreamSupport.stream(peer.path("ipBlock").path("except").spliterator(), false))
                .map(JsonNode::asText)
                .toList();
        assertTrue(
                excepted.containsAll(List.of(
                        "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "fc00::/7", "fe80::/10")),
                "private, link-local and unique-local networks are left out: " + excepted);
    }

    private static JsonNode read(Path file) {
        try {
            return new YAMLMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Kubernetes quantities as the manifests write them: "250m" or whole CPUs. */
    private static long millicores(String quantity) {
        return quantity.endsWith("m")
                ? Long.parseLong(quantity.substring(0, quantity.length() - 1))
                : Math.round(Double.parseDouble(quantity) * 1000);
    }

    /** Kubernetes quantities with a binary suffix (Ki, Mi, Gi), as the manifests write them. */
    private static long bytes(String quantity) {
        Matcher matcher = Pattern.compile("(\\d+)(Ki|Mi|Gi)").matcher(quantity);
        assertTrue(matcher.matches(), "a quantity in Ki, Mi or Gi: " + quantity);
        long unit =
                switch (matcher.group(2)) {
                    case "Ki" -> 1024L;
                    case "Mi" -> 1024L * 1024;
                    default -> 1024L * 1024 * 1024;
                };
        return Long.parseLong(matcher.group(1)) * unit;
    }
}
