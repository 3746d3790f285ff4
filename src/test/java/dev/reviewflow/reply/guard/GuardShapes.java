package dev.reviewflow.reply.guard;

import java.util.List;

/**
 * Pieces of text that touch every character class the guard's scanners look at: digits of
 * several scripts and planes, number separators, e-mail and IBAN parts, apostrophes and hyphens
 * inside words, exclamation marks with variation selectors, Armenian marks, combining marks,
 * emoji sequences, letters beyond the Basic Multilingual Plane, and phrase words. Repeated, they
 * make the long runs that used to overflow the stack of a recursive regular expression; mixed,
 * they make the punctuation inside and between words of real replies.
 */
final class GuardShapes {

    static final int BODY_LIMIT = 10_000;

    static final List<String> PIECES = List.of(
            // digits and number separators
            "1",
            "1-",
            "1 ",
            "1.",
            "1/",
            "(1)",
            "(12345)",
            "+1 ",
            "+ ",
            "#1",
            "٣",
            "𝟙",
            "4111 ",
            "1-1 ",
            // letters, words and their joints
            "a",
            "A",
            "Ա",
            "ա",
            "𝐀",
            "a'",
            "a’",
            "a-",
            "A-",
            "A ",
            "AB ",
            "ab ",
            "a1",
            "AB12 ",
            "RO49 ",
            // e-mail parts
            "@",
            "a@",
            "@a",
            "a.",
            ".a",
            "a@b.",
            "a_b%c+d-",
            "@a-b.",
            // punctuation and sentence marks
            "!",
            "!!",
            "！",
            "՜",
            "‼",
            "❗\uFE0F",
            "!\uFE0F",
            ".",
            "?",
            ",",
            ";",
            ":",
            "*",
            "'",
            "-",
            " - ",
            "\n",
            "  ",
            "։",
            "՝",
            // marks, joiners, emoji
            "e\u0301",
            "\u0301",
            "\u055E",
            "ա՞",
            "🍕",
            "👍🏽",
            "👨\u200D👩\u200D👧",
            "❤\uFE0F",
            "\u200D",
            "\uFE0F",
            // phrase words of several sections and languages
            "password ",
            "your pin ",
            "dm us ",
            "not ",
            "here ",
            "never ",
            "please ",
            "card number ",
            "Ani ",
            "Tiinale ",
            "parola ",
            "kata sandi ",
            "գաղտնաբառը ",
            "in the comments ");

    private GuardShapes() {}

    /** The piece repeated as often as fits in {@code length} chars. */
    static String repeated(String piece, int length) {
        return piece.repeat(Math.max(1, length / piece.length()));
    }
}
