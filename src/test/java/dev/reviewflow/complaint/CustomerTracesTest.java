package dev.reviewflow.complaint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CustomerTracesTest {

    private static final CustomerTraces ANI =
            CustomerTraces.of("Ani Petrosyan", "Ani@Example.com", "+374 10 123456", "@ani_p");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I am Ani Petrosyan.                        | I am [erased].
            I am Ani   Petrosyan.                      | I am [erased].
            Dear Ani, thanks.                          | Dear [erased], thanks.
            Ani's order                                | [erased]'s order
            ANI and ani and Ání                        | [erased] and [erased] and [erased]
            Mrs PETROSYAN, Petrosyán                   | Mrs [erased], [erased]
            Anita and Anise and Tatiana and Danil       | Anita and Anise and Tatiana and Danil
            write to ani@example.com or ANI@EXAMPLE.COM | write to [erased] or [erased]
            anita@example.com stays                    | anita@example.com stays
            thanks @ani_p and ani_p                    | thanks [erased] and [erased]
            @ani_pizza is someone else                 | @ani_pizza is someone else
            https://x.com/ani_p/status/1               | https://x.com/[erased]/status/1
            """)
    void replacesHerNameEmailAndHandleAsWholeWordsInAnyCaseOrAccent(String text, String scrubbed) {
        assertEquals(scrubbed, ANI.erase(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            call +374 10 123456 today        | call [erased] today
            call +374-10-12-34-56 today      | call [erased] today
            call 00374 10 123456 today       | call [erased] today
            call (010) 12.34.56 today        | call ([erased] today
            call 010123456 today             | call [erased] today
            call 123456 today                | call [erased] today
            call +374 99 123456 today        | call +374 99 123456 today
            call 23456 or 1234567 today      | call 23456 or 1234567 today
            order A123456 and 123456B        | order A123456 and 123456B
            """)
    void replacesHerPhoneNumberHoweverItIsWritten(String text, String scrubbed) {
        assertEquals(scrubbed, ANI.erase(text));
    }

    @Test
    void shortWordsOfANameGoOnlyWithTheWholeName() {
        CustomerTraces li = CustomerTraces.of("Li Na", null, null, "Li N.");
        assertEquals("[erased] wrote to Li and Na", li.erase("Li Na wrote to Li and Na"));
        CustomerTraces silva = CustomerTraces.of("Maria da Silva", null, null, "@a");
        assertEquals("[erased], [erased] and da, a cat", silva.erase("Maria da Silva, Silva and da, a cat"));
    }

    @Test
    void hyphenatedAndApostrophedNamesGoWhole() {
        CustomerTraces name = CustomerTraces.of("Anne-Marie O'Brien", null, null, "@am");
        assertEquals("[erased], [erased], [erased] and [erased]", name.erase("Anne-Marie, O'Brien, Marie and Brien"));
    }

    @Test
    void aDecomposedAccentGoesWithItsLetter() {
        assertEquals("Mrs [erased].", ANI.erase("Mrs Petrosya\u0301n."));
    }

    @Test
    void otherScriptsMatchToo() {
        CustomerTraces ani = CustomerTraces.of("Անի Պետրոսյան", null, null, "@ani_p");
        assertEquals("Բարև [erased], [erased]։", ani.erase("Բարև Անի, ՊԵՏՐՈՍՅԱՆ։"));
    }

    @Test
    void withoutValuesTextStaysAndNullStaysNull() {
        CustomerTraces nobody = CustomerTraces.of(null, null, " ", "[erased]");
        assertEquals("Ani Petrosyan, +374 10 123456", nobody.erase("Ani Petrosyan, +374 10 123456"));
        assertNull(ANI.erase(null));
    }

    @Test
    void offsetsMoveWithTheTextAndRangesInsideAValueCoverItsMarker() {
        String text = "Hi @ani_p, SORRY about it, Petrosyan";
        CustomerTraces.Scrubbed scrubbed = ANI.scrub(text);
        assertEquals("Hi [erased], SORRY about it, [erased]", scrubbed.text());
        int sorry = text.indexOf("SORRY");
        assertEquals(
                "SORRY", scrubbed.text().substring(scrubbed.startOf(sorry), scrubbed.endOf(sorry + "SORRY".length())));
        int name = text.indexOf("Petrosyan");
        assertEquals("[erased]", scrubbed.text().substring(scrubbed.startOf(name + 2), scrubbed.endOf(name + 4)));
        assertEquals(scrubbed.text().length(), scrubbed.endOf(text.length()));
    }

    @Test
    void overlappingValuesBecomeOneMarker() {
        CustomerTraces traces = CustomerTraces.of("Ani Petrosyan", "ani.petrosyan@example.com", "123456", "@ani_p");
        assertEquals("mail [erased] now", traces.erase("mail ani.petrosyan@example.com now"));
        CustomerTraces digits = CustomerTraces.of("Ani 123456", null, "123456", null);
        assertEquals("[erased]!", digits.erase("Ani 123456!"));
    }
}
