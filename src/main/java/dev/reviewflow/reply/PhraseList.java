package dev.reviewflow.reply;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.reviewflow.common.text.TextFolding;

/**
 * Phrases found in a text on word boundaries, ignoring case and diacritics, with their positions
 * in the original text. Also reads the phrase files of the reply guard (format: see
 * {@code reply-guard/en.txt}). Immutable, so one list can serve every request thread.
 */
public final class PhraseList {

    /** Where a phrase was found: UTF-16 offsets into the original text, end exclusive. */
    public record Match(int start, int end) {}

    static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{N}]";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SECTION = Pattern.compile("\\[([a-z-]+)]");

    private final Pattern pattern;

    private PhraseList(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Phrases as written in the lists: a word ending in {@code *} matches any ending of that word. */
    public static PhraseList of(Collection<String> phrases) {
        return compile(phrases, true);
    }

    /** Phrases taken literally, such as names and contacts: {@code *} is just a character. */
    public static PhraseList ofLiterals(Collection<String> phrases) {
        return compile(phrases, false);
    }

    /**
     * Every place a phrase occurs, in text order. Overlapping phrases make one match covering
     * them all: "your PIN code" rather than "your PIN" and "PIN code".
     */
    public List<Match> find(String text) {
        Folded folded = Folded.of(text);
        Matcher matcher = pattern.matcher(folded.text());
        List<Match> matches = new ArrayList<>();
        int from = 0;
        while (matcher.find(from)) {
            int start = folded.starts()[matcher.start()];
            int end = folded.ends()[matcher.end() - 1];
            Match last = matches.isEmpty() ? null : matches.getLast();
            if (last != null && start < last.end()) {
                matches.set(matches.size() - 1, new Match(last.start(), Math.max(last.end(), end)));
            } else {
                matches.add(new Match(start, end));
            }
            // Search again inside this match, where a phrase may start that reaches further.
            from = matcher.start() + 1;
        }
        return matches;
    }

    private static PhraseList compile(Collection<String> phrases, boolean stems) {
        // Java takes the first alternative that matches: most words first, then longest, so that
        // "passport number" wins over "passport*" where both start.
        String alternatives = phrases.stream()
                .map(phrase -> WHITESPACE
                        .splitAsStream(TextFolding.fold(phrase))
                        .filter(word -> !word.isEmpty())
                        .toList())
                .filter(words -> !words.isEmpty())
                .distinct()
                .sorted(Comparator.<List<String>>comparingInt(List::size)
                        .thenComparingInt(words -> String.join(" ", words).length())
                        .reversed())
                .map(words -> words.stream().map(word -> regexOf(word, stems)).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
        // An empty alternation would match everywhere; "(?!)" matches nowhere.
        String regex =
                alternatives.isEmpty() ? "(?!)" : "(?<!" + WORD_CHAR + ")(?:" + alternatives + ")(?!" + WORD_CHAR + ")";
        return new PhraseList(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS));
    }

    private static String regexOf(String word, boolean stems) {
        if (!stems || !word.endsWith("*")) {
            return Pattern.quote(word);
        }
        String stem = word.substring(0, word.length() - 1);
        if (stem.isEmpty()) {
            throw new IllegalArgumentException("A '*' must end a word, not stand alone: " + word);
        }
        return Pattern.quote(stem) + WORD_CHAR + "*";
    }

    /**
     * Reads phrase files from the classpath and merges them: the phrases of each section, in file
     * order. Fails on an unknown section or a phrase outside any section, naming file and line,
     * so that a typo cannot quietly switch a list off.
     */
    static Map<String, List<String>> load(List<String> resources, Set<String> sections) {
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        for (String resource : resources) {
            parse(resource, readLines(resource), sections)
                    .forEach((section, list) -> phrases.computeIfAbsent(section, key -> new ArrayList<>())
                            .addAll(list));
        }
        return phrases;
    }

    static Map<String, List<String>> parse(String name, List<String> lines, Set<String> sections) {
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        String section = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher header = SECTION.matcher(line);
            if (header.matches()) {
                section = header.group(1);
                if (!sections.contains(section)) {
                    throw new IllegalStateException(
                            name + ":" + (i + 1) + ": unknown section [" + section + "], expected one of " + sections);
                }
            } else if (section == null) {
                throw new IllegalStateException(name + ":" + (i + 1) + ": phrase before any [section]");
            } else {
                phrases.computeIfAbsent(section, key -> new ArrayList<>()).add(line);
            }
        }
        return phrases;
    }

    /** The lines of a UTF-8 classpath resource. */
    static List<String> readLines(String resource) {
        try (InputStream in = PhraseList.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /**
     * A folded text with, for each of its chars, the range of the original text it came from.
     * Folding goes code point by code point so that every folded char maps back exactly.
     */
    private record Folded(String text, int[] starts, int[] ends) {

        static Folded of(String original) {
            StringBuilder folded = new StringBuilder(original.length());
            int[] starts = new int[original.length() * 2];
            int[] ends = new int[original.length() * 2];
            for (int i = 0; i < original.length(); ) {
                int codePoint = original.codePointAt(i);
                int next = i + Character.charCount(codePoint);
                String piece = TextFolding.foldCodePoint(codePoint);
                if (piece.isEmpty() && !folded.isEmpty()) {
                    // A dropped mark belongs to the letter before it, so matches end after it.
                    ends[folded.length() - 1] = next;
                }
                for (char c : piece.toCharArray()) {
                    if (folded.length() == starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                        ends = Arrays.copyOf(ends, ends.length * 2);
                    }
                    starts[folded.length()] = i;
                    ends[folded.length()] = next;
                    folded.append(c);
                }
                i = next;
            }
            return new Folded(folded.toString(), starts, ends);
        }
    }
}
