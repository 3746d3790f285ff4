package dev.reviewflow.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The directions dependencies between features may run, checked on the sources' imports: a
 * change that imports against them fails the build. Replies depend on complaints, never back;
 * the guard is plain Java and knows no feature; the timeline records for every feature and
 * knows none; security serves every feature and knows none of their rules; common knows no
 * feature; only dev tooling may know the dev mode; webhooks pass on what the others record, and
 * none of them knows webhooks; SLA clocks build on complaints (through ComplaintClocks), and no
 * other feature knows them; follow-ups, feedback and insights read complaints and the timeline,
 * which know none of them.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String BASE = "dev.reviewflow.";

    /** A package (and its sub-packages) that must not import another, except what it holds itself. */
    private record Rule(String from, String forbidden) {}

    private static final List<String> FEATURES = List.of(
            "complaint",
            "reply",
            "timeline",
            "security",
            "workspace",
            "devmode",
            "webhook",
            "integration",
            "sla",
            "feedback",
            "insight");

    private static final List<Rule> RULES = Stream.concat(
                    FEATURES.stream().map(feature -> new Rule("common", feature)),
                    Stream.of(
                            new Rule("complaint", "reply"),
                            new Rule("complaint", "devmode"),
                            new Rule("reply", "devmode"),
                            new Rule("workspace", "complaint"),
                            new Rule("workspace", "reply"),
                            new Rule("security", "workspace"),
                            new Rule("complaint", "webhook"),
                            new Rule("reply", "webhook"),
                            new Rule("timeline", "webhook"),
                            new Rule("security", "webhook"),
                            new Rule("workspace", "webhook"),
                            new Rule("timeline", "complaint"),
                            new Rule("timeline", "reply"),
                            new Rule("security", "complaint"),
                            new Rule("security", "reply"),
                            new Rule("security", "timeline"),
                            new Rule("reply.guard", "reply"),
                            new Rule("reply.guard", "complaint"),
                            new Rule("reply.guard", "timeline"),
                            new Rule("reply.guard", "security"),
                            new Rule("reply.guard", "workspace"),
                            new Rule("complaint", "integration"),
                            new Rule("reply", "integration"),
                            new Rule("timeline", "integration"),
                            new Rule("security", "integration"),
                            new Rule("workspace", "integration"),
                            new Rule("integration", "devmode"),
                            new Rule("complaint", "sla"),
                            new Rule("reply", "sla"),
                            new Rule("timeline", "sla"),
                            new Rule("security", "sla"),
                            new Rule("workspace", "sla"),
                            new Rule("webhook", "sla"),
                            new Rule("sla", "reply"),
                            new Rule("sla", "webhook"),
                            new Rule("sla", "devmode"),
                            new Rule("sla", "integration"),
                            new Rule("integration", "sla"),

                            // Follow-ups, feedback and insights build on complaints and the timeline;
                            // none of those knows them (they hook in through TimelineRecorded).
                            new Rule("complaint", "feedback"),
                            new Rule("complaint", "insight"),
                            new Rule("timeline", "feedback"),
                            new Rule("timeline", "insight"),
                            new Rule("security", "feedback"),
                            new Rule("security", "insight"),
                            new Rule("workspace", "feedback"),
                            new Rule("workspace", "insight"),
                            new Rule("reply", "feedback"),
                            new Rule("reply", "insight"),
                            new Rule("webhook", "feedback"),
                            new Rule("webhook", "insight"),
                            new Rule("feedback", "reply"),
                            new Rule("feedback", "webhook"),
                            new Rule("feedback", "insight"),
                            new Rule("insight", "reply"),
                            new Rule("insight", "webhook"),
                            new Rule("insight", "feedback")))
            .toList();

    @Test
    void importsRunOnlyTheAllowedWays() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = packageOf(file);
            for (String imported : importsOf(file)) {
                for (Rule rule : RULES) {
                    boolean inFrom = within(pkg, rule.from());
                    boolean toForbidden = within(imported, rule.forbidden()) && !within(imported, rule.from());
                    if (inFrom && toForbidden) {
                        violations.add(SOURCES.relativize(file) + " imports " + imported);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theCheckSeesTheSources() {
        assertFalse(javaFiles().isEmpty(), "no sources under " + SOURCES.toAbsolutePath());
    }

    private static boolean within(String name, String feature) {
        String prefix = BASE + feature;
        return name.equals(prefix) || name.startsWith(prefix + ".");
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(Path file) {
        return SOURCES.relativize(file.getParent()).toString().replace('/', '.');
    }

    /** The packages of the project's classes that the file imports, static imports included. */
    private static List<String> importsOf(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith("import "))
                    .map(line -> line.replaceFirst("^import (static )?", "").replace(";", ""))
                    .filter(name -> name.startsWith(BASE))
                    .map(name -> name.substring(0, name.lastIndexOf('.')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
