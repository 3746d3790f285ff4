package dev.reviewflow.insight;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.reviewflow.complaint.CustomerTraces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermAnalysisTest {

    private final TermAnalysis analysis = new TermAnalysis();

    private Set<String> words(String language, String text) {
        return analysis.terms(null, text, language, List.of());
    }

    @Test
    void englishDropsStopWordsAndStems() {
        assertEquals(
                List.of("pizza", "arriv", "cold", "saturdai"),
                List.copyOf(words("en", "The pizza arrived cold on a Saturday")));
        assertTrue(words("en-GB", "Cold and colder").containsAll(Set.of("cold", "colder")));
    }

    @Test
    void indonesianStripsAffixes() {
        assertEquals(
                List.of("pizza", "datang", "dingin", "antar", "lambat"),
                List.copyOf(words("id", "Pizzanya datang dingin, pengantaran terlambat dan")));
    }

    @Test
    void romanianStemsAndKeepsDiacritics() {
        Set<String> terms = words("ro", "Pizza a venit rece, livrarea a întârziat foarte mult și");
        assertTrue(terms.containsAll(Set.of("pizz", "rec", "livr", "întârz")), terms.toString());
        assertFalse(terms.contains("și"), "stop word kept: " + terms);
    }

    @Test
    void estonianAndArmenianStemTheirOwnWords() {
        Set<String> estonian = words("et", "Pitsa oli külm ja hilines");
        assertTrue(estonian.containsAll(Set.of("pitsa", "külm", "hiline")), estonian.toString());
        assertFalse(estonian.contains("ja"), "stop word kept: " + estonian);

        Set<String> armenian = words("hy", "Պիցցան սառը էր և առաքումը ուշացավ");
        assertTrue(armenian.containsAll(Set.of("պից", "սառը", "ուշ")), armenian.toString());
        assertFalse(armenian.contains("և"), "stop word kept: " + armenian);
    }

    @Test
    void anotherOrNoLanguageIsOnlyLowerCasedAndAnyScriptSurvives() {
        assertEquals(
                List.of("la", "pizza", "était", "froide", "ǆemal", "ψυχρή", "սառը"),
                List.copyOf(words("fr", "La pizza était FROIDE 😡 ǅemal ψυχρή սառը")));
        // The standard tokenizer makes each ideograph and kana a token of its own.
        assertEquals(List.of("冷", "た", "い"), List.copyOf(words("ja", "冷たい")));
        assertEquals(List.of("arrived", "the"), List.copyOf(words(null, "Arrived THE")));
        assertFalse(analysis.stems("fr"));
        assertTrue(analysis.stems("hy-AM"));
    }

    @Test
    void tagsArePrefixedAndNeverMixWithWords() {
        Set<String> terms = analysis.terms("Delivery", "late", "en", List.of("delivery", "Kohaletoimetamine "));
        assertEquals(List.of("deliveri", "late", "#delivery", "#kohaletoimetamine"), List.copyOf(terms));
    }

    @Test
    void numbersAndTheErasureMarkerAreNoTerms() {
        assertEquals(
                List.of("call", "order"),
                List.copyOf(words("en", "Call " + CustomerTraces.MARKER + " at 0721 123 456, order 42")));
    }

    @Test
    void titleAndBodyCountOnce() {
        assertEquals(List.of("cold", "pizza"), List.copyOf(analysis.terms("Cold", "cold pizza", "en", null)));
    }
}
