package dev.reviewflow.common.text;

import java.text.Normalizer;

/**
 * Folds text for matching: lower case (language-neutral) and without diacritics, so that "Café",
 * "CAFE" and "cafe" meet, as do Romanian "ș"/"ş"/"s". Every script keeps its letters. Done in
 * Java rather than the database so the result does not depend on the server's locale. The search
 * filter and the reply guard's phrase lists fold alike.
 */
public final class TextFolding {

    private TextFolding() {}

    public static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> folded.append(foldCodePoint(codePoint)));
        return folded.toString();
    }

    /**
     * One code point folded: usually one char, none for a dropped mark, two for a letter beyond
     * the Basic Multilingual Plane. Folding code point by code point lets a caller map every
     * folded char back to where it came from.
     */
    public static String foldCodePoint(int codePoint) {
        return switch (codePoint) {
            // Armenian stress, exclamation and question marks sit inside words: "որտե՞ղ".
            case 0x055B, 0x055C, 0x055E -> "";
            // Typographic apostrophes, so "didn’t" meets "didn't".
            case 0x2019, 0x02BC -> "'";
            default -> {
                StringBuilder folded = new StringBuilder(2);
                Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD)
                        .codePoints()
                        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                        .forEach(c -> folded.appendCodePoint(Character.toLowerCase(c)));
                yield folded.toString();
            }
        };
    }
}
