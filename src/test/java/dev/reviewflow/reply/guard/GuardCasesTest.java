package dev.reviewflow.reply.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Realistic replies in every language of the guard, both ways, from
 * {@code src/test/resources/reply-guard/cases/<language>.tsv} (the format is in each file's
 * header): what support staff really write, and what the guard must refuse, warn about or accept.
 */
class GuardCasesTest {

    private static final ReplyGuard GUARD = ReplyGuard.fromClasspath();
    private static final List<String> LANGUAGES = List.of("en", "id", "ro", "et", "hy");
    private static final List<String> BUSINESS_CONTACTS = List.of("support@pizza.example", "+1 555 0100");

    record Case(String kind, String customer, String reply, List<String> marked) {}

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String language : LANGUAGES) {
            List<String> lines = lines("reply-guard/cases/" + language + ".tsv");
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\\|", -1);
                if (columns.length != 4) {
                    throw new IllegalStateException(language + ".tsv:" + (i + 1) + ": expected 4 columns: " + line);
                }
                String marked = columns[3].strip();
                List<String> spans = marked.isEmpty() ? List.of() : List.of(marked.split(";"));
                Case entry = new Case(columns[0].strip(), columns[1].strip(), columns[2].strip(), spans);
                cases.add(Arguments.of(language + ".tsv:" + (i + 1), entry));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void eachReplyGetsWhatSupportStaffWouldExpect(String where, Case entry) {
        String customer = entry.customer().isEmpty() ? null : entry.customer();
        List<Finding> findings =
                GUARD.check(entry.reply(), new GuardContext(null, customer, List.of(), BUSINESS_CONTACTS));
        String seen = where + " found " + describe(entry.reply(), findings);
        switch (entry.kind()) {
            case "reject" -> {
                assertEquals(entry.marked(), marked(entry.reply(), findings, FindingCode.PRIVATE_DATA_REQUEST), seen);
                assertTrue(ReplyGuard.rejects(findings), seen);
            }
            case "warn" -> {
                assertEquals(entry.marked(), marked(entry.reply(), findings, FindingCode.SECRET_DATA_REQUEST), seen);
                assertFalse(ReplyGuard.rejects(findings), seen);
            }
            case "accept" -> {
                assertEquals(List.of(), marked(entry.reply(), findings, FindingCode.PRIVATE_DATA_REQUEST), seen);
                assertEquals(List.of(), marked(entry.reply(), findings, FindingCode.SECRET_DATA_REQUEST), seen);
                assertFalse(ReplyGuard.rejects(findings), seen);
            }
            case "name" ->
                assertEquals(entry.marked(), marked(entry.reply(), findings, FindingCode.CUSTOMER_NAMED), seen);
            case "no-name" ->
                assertEquals(List.of(), marked(entry.reply(), findings, FindingCode.CUSTOMER_NAMED), seen);
            default -> throw new IllegalStateException(where + ": unknown kind " + entry.kind());
        }
    }

    private static List<String> marked(String text, List<Finding> findings, FindingCode code) {
        return findings.stream()
                .filter(finding -> finding.code() == code)
                .map(finding -> text.substring(finding.start(), finding.end()))
                .toList();
    }

    private static String describe(String text, List<Finding> findings) {
        return findings.stream()
                .map(finding -> finding.code() + "[" + text.substring(finding.start(), finding.end()) + "]")
                .toList()
                .toString();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = GuardCasesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
