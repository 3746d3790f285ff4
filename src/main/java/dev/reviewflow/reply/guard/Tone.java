package dev.reviewflow.reply.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * What reads as agitated: runs of words in capitals and of exclamation marks. Plain loops over
 * the original text (case matters here, so not the folded tokens), linear in its length.
 */
final class Tone {

    private static final int SHOUTED_WORDS = 3;
    private static final int VARIATION_SELECTOR = 0xFE0F;
    // U+203C "‼" is two marks in one.
    private static final int DOUBLE_EXCLAMATION = 0x203C;

    private Tone() {}

    /**
     * Runs of three or more upper-case words. Numbers and codes with digits ("RO49", "1B31") are
     * not words here: they neither count nor break a run.
     */
    static List<Finding> shouting(String text) {
        List<Finding> found = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        int runLength = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Tokens.isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            int end = wordEnd(text, i);
            String word = text.substring(i, end);
            if (word.codePoints().noneMatch(Character::isDigit)) {
                if (isInCapitals(word)) {
                    runStart = runLength == 0 ? i : runStart;
                    runEnd = end;
                    runLength++;
                } else {
                    addShouting(found, runStart, runEnd, runLength);
                    runLength = 0;
                }
            }
            i = end;
        }
        addShouting(found, runStart, runEnd, runLength);
        return found;
    }

    /** A word: letters, marks and digits, joined by inner apostrophes or hyphens ("DIDN'T", "Jean-Paul"). */
    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            if (Tokens.isWordChar(c)) {
                end += Character.charCount(c);
            } else if ((c == '\'' || c == '’' || c == '-')
                    && end + 1 < text.length()
                    && Tokens.isWordChar(text.codePointAt(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /** Two or more letters, all upper-case: "SORRY", "ՇԱՏ"; not "I" or "Sorry". */
    private static boolean isInCapitals(String word) {
        int[] letters = word.codePoints().filter(Character::isLetter).toArray();
        if (letters.length < 2) {
            return false;
        }
        for (int letter : letters) {
            if (!Character.isUpperCase(letter)) {
                return false;
            }
        }
        return true;
    }

    private static void addShouting(List<Finding> found, int start, int end, int words) {
        if (words >= SHOUTED_WORDS) {
            found.add(Finding.of(FindingCode.SHOUTING, start, end));
        }
    }

    /** Two or more exclamation marks in a row, each possibly with an emoji variation selector; or one "‼". */
    static List<Finding> exclamations(String text) {
        List<Finding> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int marks = 0;
            boolean doubled = false;
            while (i < text.length() && isExclamation(text.codePointAt(i))) {
                doubled |= text.codePointAt(i) == DOUBLE_EXCLAMATION;
                i += Character.charCount(text.codePointAt(i));
                if (i < text.length() && text.codePointAt(i) == VARIATION_SELECTOR) {
                    i++;
                }
                marks++;
            }
            if (marks >= 2 || doubled) {
                found.add(Finding.of(FindingCode.EXCLAMATIONS, start, i));
            }
            if (marks == 0) {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return found;
    }

    private static boolean isExclamation(int codePoint) {
        return switch (codePoint) {
            case '!', 0xFF01, 0x055C, DOUBLE_EXCLAMATION, 0x2757, 0x2755 -> true;
            default -> false;
        };
    }
}
