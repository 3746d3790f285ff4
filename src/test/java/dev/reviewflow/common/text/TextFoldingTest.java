package dev.reviewflow.common.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextFoldingTest {

    @ParameterizedTest
    @CsvSource({
        "Café, cafe",
        "ȘTEFAN ştefan, stefan stefan",
        "Jõudis KÜLM, joudis kulm",
        "ՊԻՑՑԱՆ սառն էր, պիցցան սառն էր",
        "Pizza 🍕, pizza 🍕"
    })
    void foldsCaseAndDiacriticsInEveryScript(String text, String folded) {
        assertEquals(folded, TextFolding.fold(text));
    }
}
