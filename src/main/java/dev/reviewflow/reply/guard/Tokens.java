package dev.reviewflow.reply.guard;

import java.util.ArrayList;
import java.util.List;

import dev.reviewflow.common.text.TextFolding;

/**
 * A text cut into words and single punctuation marks, folded for matching (no case, no
 * diacritics), each with its place in the original text and the sentence and clause it belongs
 * to. Built in one pass over the code points, without regular expressions, so that its cost
 * grows linearly with the text whatever the text holds.
 */
final class Tokens {

    /**
     * One word or punctuation mark.
     *
     * @param text the folded text, matched against folded phrases
     * @param word a run of letters, digits and marks (else one punctuation mark or symbol)
     * @param spaced whitespace stands before it
     * @param start UTF-16 offset in the original text
     * @param end UTF-16 offset in the original text, exclusive
     * @param sentence which sentence, counted from 0
     * @param clause which clause, counted from 0 over the whole text
     */
    record Token(String text, boolean word, boolean spaced, int start, int end, int sentence, int clause) {}

    private final List<Token> tokens;

    private Tokens(List<Token> tokens) {
        this.tokens = tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int index) {
        return tokens.get(index);
    }

    List<Token> all() {
        return tokens;
    }

    /** The sentence of the token that starts at or before the offset (0 before any token). */
    int sentenceAt(int offset) {
        int low = 0;
        int high = tokens.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).start() <= offset) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found < 0 ? 0 : tokens.get(found).sentence();
    }

    static Tokens of(String text) {
        return new Builder(text).build();
    }

    /** A word char: a letter, digit or mark; Armenian stress, exclamation and question marks sit inside words. */
    static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint)
                || isMark(codePoint)
                || codePoint == 0x055B
                || codePoint == 0x055C
                || codePoint == 0x055E;
    }

    /** Marks, joiners and variation selectors belong to what comes before them. */
    private static boolean attaches(int codePoint) {
        return isMark(codePoint) || codePoint == 0x200D || (codePoint >= 0xFE00 && codePoint <= 0xFE0F);
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static boolean isLineBreak(int codePoint) {
        return codePoint == '\n'
                || codePoint == '\r'
                || codePoint == 0x85
                || codePoint == 0x2028
                || codePoint == 0x2029;
    }

    private static boolean endsSentence(int codePoint) {
        return switch (codePoint) {
            case '!',
                    '?',
                    ';',
                    0x0589,
                    0x2026,
                    0x3002,
                    0xFF01,
                    0xFF1F,
                    0x061F,
                    0x203C,
                    0x2753,
                    0x2754,
                    0x2755,
                    0x2757 -> true;
            default -> false;
        };
    }

    private static boolean endsClause(int codePoint) {
        return switch (codePoint) {
            case ',', ':', '(', ')', 0x2013, 0x2014, 0x055D, 0x3001, 0xFF0C -> true;
            default -> false;
        };
    }

    private static final class Builder {

        private final String text;
        private final List<Token> tokens = new ArrayList<>();
        private int sentence;
        private int clause;

        Builder(String text) {
            this.text = text;
        }

        Tokens build() {
            boolean spaced = false;
            int i = 0;
            while (i < text.length()) {
                int codePoint = text.codePointAt(i);
                if (isSpace(codePoint)) {
                    if (isLineBreak(codePoint)) {
                        nextSentence();
                    }
                    spaced = true;
                    i += Character.charCount(codePoint);
                } else if (attaches(codePoint) && !tokens.isEmpty() && !spaced) {
                    i = extendLast(i);
                } else if (isWordChar(codePoint)) {
                    i = word(i, spaced);
                    spaced = false;
                } else {
                    i = mark(i, codePoint, spaced);
                    spaced = false;
                }
            }
            return new Tokens(List.copyOf(tokens));
        }

        private int word(int start, boolean spaced) {
            StringBuilder folded = new StringBuilder();
            int i = start;
            while (i < text.length()) {
                int codePoint = text.codePointAt(i);
                if (!isWordChar(codePoint) && !attaches(codePoint)) {
                    break;
                }
                folded.append(TextFolding.foldCodePoint(codePoint));
                i += Character.charCount(codePoint);
            }
            tokens.add(new Token(folded.toString(), true, spaced, start, i, sentence, clause));
            return i;
        }

        private int mark(int start, int codePoint, boolean spaced) {
            int end = start + Character.charCount(codePoint);
            tokens.add(new Token(TextFolding.foldCodePoint(codePoint), false, spaced, start, end, sentence, clause));
            boolean spacedAfter = end == text.length() || isSpace(text.codePointAt(end));
            if (endsSentence(codePoint) || (codePoint == '.' && spacedAfter && !lowerCaseFollows(end))) {
                nextSentence();
            } else if (endsClause(codePoint) || (codePoint == '-' && spaced && spacedAfter)) {
                clause++;
            }
            return end;
        }

        /** A lower-case word after a dot continues the sentence: "e.g. your", Armenian "էլ. փոստ" (e-mail). */
        private boolean lowerCaseFollows(int index) {
            int i = index;
            while (i < text.length() && isSpace(text.codePointAt(i)) && !isLineBreak(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            return i < text.length() && Character.isLowerCase(text.codePointAt(i));
        }

        /** A mark, joiner or variation selector after a punctuation mark or emoji: part of it. */
        private int extendLast(int start) {
            int end = start + Character.charCount(text.codePointAt(start));
            Token last = tokens.removeLast();
            tokens.add(new Token(
                    last.text(), last.word(), last.spaced(), last.start(), end, last.sentence(), last.clause()));
            return end;
        }

        private void nextSentence() {
            if (!tokens.isEmpty() && tokens.getLast().sentence() == sentence) {
                sentence++;
                clause++;
            }
        }
    }
}
