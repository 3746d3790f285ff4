package dev.reviewflow.complaint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.reviewflow.common.text.TextFolding;

/**
 * The values that identify one customer, and their removal from free text: each occurrence
 * becomes {@link #MARKER}. Plain Java, so that its unit test needs no Quarkus.
 *
 * <p>What counts as an occurrence:
 *
 * <ul>
 *   <li>the name, whole, and each of its words with at least three letters ("Ani", "Petrosyan"),
 *       as whole words: "Ani's" loses "Ani", "Anita" stays;
 *   <li>the e-mail address, as a whole;
 *   <li>the public handle, whole, and without its leading "@" when that leaves three letters or more;
 *   <li>the phone number however it is written: any run of digits and separators whose digits,
 *       without leading zeros, are the number's, or its last six or more digits ("010 123456",
 *       "+374-10-12-34-56" and "123456" are all "+374 10 123456").
 * </ul>
 *
 * Text values match case- and accent-insensitively ({@link TextFolding}) while the replacement is
 * made in the original text. A name in an inflected form ("Tiinale") is not found.
 */
public final class CustomerTraces {

    /** What stands where a value of the customer was. */
    public static final String MARKER = "[erased]";

    private static final int LETTERS_OF_A_WORD = 3;
    /** The fewest trailing digits of a phone number that still identify it (a subscriber number). */
    private static final int DIGITS_OF_A_PHONE_SUFFIX = 6;

    private static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{N}_]";
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{M}]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern DIGIT_RUN =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\d[\\d\\s().\\-/]*\\d(?![\\p{L}\\p{N}])");

    /** All text values in one alternation, longest first so that the whole name wins over its parts; null when none. */
    private final Pattern text;

    private final String phoneDigits;

    private CustomerTraces(Set<String> textValues, String phoneDigits) {
        this.text = textValues.isEmpty()
                ? null
                : Pattern.compile(textValues.stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(CustomerTraces::wholeWords)
                        .collect(Collectors.joining("|")));
        this.phoneDigits = phoneDigits;
    }

    /**
     * The customer's values as the complaint holds them. The customer fields and the handle are set
     * once, at the first ingest (a source edit takes over text and rating only, and PATCH never
     * touches them), so these are all the values the complaint ever held.
     */
    public static CustomerTraces of(Complaint complaint) {
        Customer customer = complaint.customer == null ? new Customer() : complaint.customer;
        return of(customer.name, customer.email, customer.phone, complaint.author);
    }

    /** The traces of these values; any of them may be null. */
    public static CustomerTraces of(String name, String email, String phone, String handle) {
        Set<String> values = new LinkedHashSet<>();
        if (present(name)) {
            String folded = TextFolding.fold(name.strip());
            values.add(folded);
            for (String word : SPACES.split(folded)) {
                addLong(values, word);
                for (String part : NON_LETTERS.split(word)) {
                    addLong(values, part);
                }
            }
        }
        if (present(email)) {
            values.add(TextFolding.fold(email.strip()));
        }
        if (present(handle)) {
            String folded = TextFolding.fold(handle.strip());
            values.add(folded);
            if (folded.startsWith("@")) {
                addLong(values, folded.substring(1));
            }
        }
        // A value that folds to nothing (only marks) would match everywhere.
        values.removeIf(String::isBlank);
        return new CustomerTraces(values, present(phone) ? significantDigits(phone) : "");
    }

    /** {@code text} without the customer's values; null stays null. */
    public String erase(String text) {
        return text == null ? null : scrub(text).text();
    }

    /** {@code text} without the customer's values, and where each replaced range went. */
    public Scrubbed scrub(String text) {
        List<int[]> ranges = new ArrayList<>();
        if (this.text != null) {
            textRanges(text, ranges);
        }
        if (!phoneDigits.isEmpty()) {
            phoneRanges(text, ranges);
        }
        ranges.sort(Comparator.comparingInt(range -> range[0]));
        StringBuilder scrubbed = new StringBuilder(text.length());
        List<Scrubbed.Replacement> replacements = new ArrayList<>();
        int copied = 0;
        for (int[] range : ranges) {
            if (range[0] < copied) {
                // Overlaps the previous replacement: extend that one.
                Scrubbed.Replacement last = replacements.removeLast();
                int end = Math.max(last.end(), range[1]);
                replacements.add(new Scrubbed.Replacement(last.start(), end, last.scrubbedStart()));
                copied = end;
                continue;
            }
            scrubbed.append(text, copied, range[0]);
            replacements.add(new Scrubbed.Replacement(range[0], range[1], scrubbed.length()));
            scrubbed.append(MARKER);
            copied = range[1];
        }
        scrubbed.append(text, copied, text.length());
        return new Scrubbed(scrubbed.toString(), List.copyOf(replacements));
    }

    /**
     * A scrubbed text and its replacements, in order: each one put {@link #MARKER} at
     * {@code scrubbedStart} for the original range [{@code start}, {@code end}).
     */
    public record Scrubbed(String text, List<Replacement> replacements) {

        public record Replacement(int start, int end, int scrubbedStart) {}

        /** Where a range starting at {@code offset} of the original text starts now. */
        public int startOf(int offset) {
            return moved(offset, false);
        }

        /** Where a range ending (exclusive) at {@code offset} of the original text ends now. */
        public int endOf(int offset) {
            return moved(offset, true);
        }

        private int moved(int offset, boolean isEnd) {
            int shift = 0;
            for (Replacement replacement : replacements) {
                if (replacement.end() <= offset) {
                    shift += MARKER.length() - (replacement.end() - replacement.start());
                } else if (replacement.start() < offset) {
                    // Inside an erased value: the range now starts or ends at its marker.
                    return isEnd ? replacement.scrubbedStart() + MARKER.length() : replacement.scrubbedStart();
                } else {
                    break;
                }
            }
            return offset + shift;
        }
    }

    /**
     * Matches on the folded text and maps each match back to the original through the code point
     * every folded char came from, so that accents and case never decide what is replaced.
     */
    private void textRanges(String original, List<int[]> ranges) {
        StringBuilder folded = new StringBuilder(original.length());
        // For each folded char: where the code point it came from starts and ends in the original.
        int[] from = new int[original.length()];
        int[] to = new int[original.length()];
        for (int at = 0; at < original.length(); ) {
            int codePoint = original.codePointAt(at);
            int next = at + Character.charCount(codePoint);
            String piece = TextFolding.foldCodePoint(codePoint);
            if (folded.length() + piece.length() > from.length) {
                // A Hangul syllable, for one, folds to more chars than it had.
                from = Arrays.copyOf(from, 2 * from.length + piece.length());
                to = Arrays.copyOf(to, from.length);
            }
            for (int k = 0; k < piece.length(); k++) {
                from[folded.length()] = at;
                to[folded.length()] = next;
                folded.append(piece.charAt(k));
            }
            at = next;
        }
        Matcher match = text.matcher(folded);
        while (match.find()) {
            int start = from[match.start()];
            int end = to[match.end() - 1];
            // Marks that fold to nothing belong to the letter before them ("Petrosya\u0301n").
            while (end < original.length()
                    && TextFolding.foldCodePoint(original.codePointAt(end)).isEmpty()) {
                end += Character.charCount(original.codePointAt(end));
            }
            ranges.add(new int[] {start, end});
        }
    }

    private void phoneRanges(String original, List<int[]> ranges) {
        Matcher run = DIGIT_RUN.matcher(original);
        while (run.find()) {
            String digits = significantDigits(run.group());
            boolean same = digits.equals(phoneDigits)
                    || (Math.min(digits.length(), phoneDigits.length()) >= DIGITS_OF_A_PHONE_SUFFIX
                            && (digits.endsWith(phoneDigits) || phoneDigits.endsWith(digits)));
            if (same) {
                ranges.add(new int[] {run.start(), run.end()});
            }
        }
    }

    /** A value as a regex of its own, matching only where it is not part of a longer word. */
    private static String wholeWords(String value) {
        StringBuilder regex = new StringBuilder();
        if (Character.toString(value.codePointAt(0)).matches(WORD_CHAR)) {
            regex.append("(?<!").append(WORD_CHAR).append(')');
        }
        regex.append(SPACES.splitAsStream(value).map(Pattern::quote).collect(Collectors.joining("[\\s\\p{Z}]+")));
        if (Character.toString(value.codePointBefore(value.length())).matches(WORD_CHAR)) {
            regex.append("(?!").append(WORD_CHAR).append(')');
        }
        return "(?:" + regex + ")";
    }

    /** Adds a word of a value only when it is long enough to name someone: "Ani" does, "de" or "a" would not. */
    private static void addLong(Set<String> values, String word) {
        if (word.codePoints().filter(Character::isLetter).count() >= LETTERS_OF_A_WORD) {
            values.add(word);
        }
    }

    /** The digits of a phone number without the leading zeros of a trunk or international prefix. */
    private static String significantDigits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.replaceFirst("^0+", "");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
