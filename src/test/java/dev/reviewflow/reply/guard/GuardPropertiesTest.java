package dev.reviewflow.reply.guard;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guard on generated input up to the body limit: it never throws (no stack overflow, however
 * long a run), and every finding points at a valid range of the text, on code point boundaries.
 * How its time grows is measured by {@link GuardBenchmark}, not asserted here.
 */
class GuardPropertiesTest {

    private static final ReplyGuard GUARD = ReplyGuard.fromClasspath();
    private static final GuardContext CONTEXT = new GuardContext(
            280,
            "Ani Tiina Petrosyan",
            List.of("ani@example.com", "+374 10 123456"),
            List.of("support@pizza.example", "+1 555 0100"));

    @Property(tries = 300)
    void longRunsOfAnyPieceNeverBreakTheGuard(@ForAll("longRuns") String text) {
        assertWellFormed(text, GUARD.check(text, CONTEXT));
    }

    @Property(tries = 300)
    void piecesMixedAtRandomNeverBreakTheGuard(@ForAll("mixed") String text) {
        assertWellFormed(text, GUARD.check(text, CONTEXT));
    }

    @Property(tries = 200)
    void anyUnicodeTextNeverBreaksTheGuard(@ForAll("anyText") String text) {
        assertWellFormed(text, GUARD.check(text, CONTEXT));
    }

    @Property(tries = 100)
    void theSameTextGivesTheSameFindings(@ForAll("mixed") String text) {
        assertEquals(GUARD.check(text, CONTEXT), GUARD.check(text, CONTEXT));
    }

    /** One to three pieces, each repeated into a long run, up to the body limit in all. */
    @Provide
    Arbitrary<String> longRuns() {
        Arbitrary<String> run = Combinators.combine(
                        Arbitraries.of(GuardShapes.PIECES),
                        Arbitraries.integers().between(1, GuardShapes.BODY_LIMIT / 3))
                .as(GuardShapes::repeated);
        return run.list().ofMinSize(1).ofMaxSize(3).map(runs -> String.join("", runs));
    }

    /** Pieces in random order, as in real replies where punctuation sits inside and between words. */
    @Provide
    Arbitrary<String> mixed() {
        return Arbitraries.of(GuardShapes.PIECES)
                .list()
                .ofMinSize(1)
                .ofMaxSize(2_000)
                .map(pieces -> String.join("", pieces))
                .filter(text -> text.length() <= GuardShapes.BODY_LIMIT);
    }

    /** Any code points, of every plane. */
    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(GuardShapes.BODY_LIMIT / 2);
    }

    private static void assertWellFormed(String text, List<Finding> findings) {
        int previousStart = 0;
        for (Finding finding : findings) {
            assertTrue(
                    0 <= finding.start() && finding.start() < finding.end() && finding.end() <= text.length(),
                    () -> "range " + finding);
            assertTrue(
                    onBoundary(text, finding.start()) && onBoundary(text, finding.end()), () -> "boundary " + finding);
            assertTrue(finding.start() >= previousStart, "findings in text order");
            previousStart = finding.start();
        }
    }

    private static boolean onBoundary(String text, int index) {
        return index == 0
                || index == text.length()
                || !(Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index)));
    }
}
