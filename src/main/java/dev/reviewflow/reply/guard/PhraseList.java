package dev.reviewflow.reply.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases found in a text on word boundaries, ignoring case and diacritics, each with the
 * sections it stands in. Matching walks the text's tokens once and looks each one up in maps, so
 * its cost grows linearly with the text: no regular expression, no backtracking. Immutable, so
 * one list can serve every request thread.
 */
final class PhraseList {

    /**
     * Where a phrase was found.
     *
     * @param first index of its first token
     * @param last index of its last token
     * @param start UTF-16 offset of its start in the original text
     * @param end UTF-16 offset of its end in the original text, exclusive
     * @param sections the sections of the phrase found (overlapping finds of the same sections join)
     */
    record Match(int first, int last, int start, int end, Set<Section> sections) {

        boolean has(Section section) {
            return sections.contains(section);
        }
    }

    private record Word(String text, boolean stem, boolean spaced) {

        boolean matches(Tokens.Token token) {
            return stem
                    ? token.word() && token.text().startsWith(text)
                    : token.text().equals(text);
        }
    }

    private record Phrase(List<Word> words, Set<Section> sections, int length) {}

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Map<String, List<Phrase>> byFirstStem = new HashMap<>();
    private int longestStem;

    private PhraseList(Map<List<Word>, Set<Section>> phrases) {
        phrases.forEach((words, sections) -> {
            Word first = words.getFirst();
            Phrase phrase = new Phrase(
                    words,
                    Set.copyOf(sections),
                    words.stream().mapToInt(word -> word.text().length()).sum());
            (first.stem() ? byFirstStem : byFirstWord)
                    .computeIfAbsent(first.text(), key -> new ArrayList<>())
                    .add(phrase);
            if (first.stem()) {
                longestStem = Math.max(longestStem, first.text().length());
            }
        });
    }

    /** Phrases by section, as written in the lists: a word ending in {@code *} matches any ending of it. */
    static PhraseList of(Map<Section, ? extends Collection<String>> phrasesBySection) {
        Map<List<Word>, Set<Section>> phrases = new LinkedHashMap<>();
        phrasesBySection.forEach((section, list) -> list.forEach(
                phrase -> phrases.computeIfAbsent(wordsOf(phrase, true), key -> EnumSet.noneOf(Section.class))
                        .add(section)));
        phrases.forEach((words, sections) -> Section.requireCompatible(textOf(words), sections));
        return new PhraseList(phrases);
    }

    /** Phrases of one section, as written in the lists. */
    static PhraseList of(Section section, Collection<String> phrases) {
        return of(Map.of(section, phrases));
    }

    /** Phrases taken literally, such as contacts: {@code *} is just a character. */
    static PhraseList ofLiterals(Collection<String> phrases) {
        Map<List<Word>, Set<Section>> literal = new LinkedHashMap<>();
        phrases.forEach(phrase -> literal.put(wordsOf(phrase, false), EnumSet.noneOf(Section.class)));
        return new PhraseList(literal);
    }

    /** Every place a phrase occurs in the text, in text order (see {@link #find(Tokens)}). */
    List<Match> find(String text) {
        return find(Tokens.of(text));
    }

    /**
     * Every place a phrase occurs, in text order. At each token the longest phrase starting there
     * counts; a phrase inside an earlier, longer one does not ("email" inside "email us");
     * overlapping phrases of the same sections join: "your PIN code" rather than "your PIN" and
     * "PIN code".
     */
    List<Match> find(Tokens tokens) {
        List<Match> matches = new ArrayList<>();
        int coveredUntil = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Phrase phrase = longestAt(tokens, i);
            if (phrase == null) {
                continue;
            }
            int last = i + phrase.words().size() - 1;
            if (last <= coveredUntil) {
                continue;
            }
            Match previous = matches.isEmpty() ? null : matches.getLast();
            if (previous != null && i <= previous.last() && previous.sections().equals(phrase.sections())) {
                matches.set(
                        matches.size() - 1,
                        new Match(
                                previous.first(),
                                last,
                                previous.start(),
                                tokens.get(last).end(),
                                previous.sections()));
            } else {
                matches.add(new Match(
                        i, last, tokens.get(i).start(), tokens.get(last).end(), phrase.sections()));
            }
            coveredUntil = last;
        }
        return matches;
    }

    private Phrase longestAt(Tokens tokens, int index) {
        Tokens.Token token = tokens.get(index);
        Phrase longest = longestOf(byFirstWord.get(token.text()), tokens, index, null);
        if (token.word()) {
            int prefixes = Math.min(longestStem, token.text().length());
            for (int length = 1; length <= prefixes; length++) {
                longest = longestOf(byFirstStem.get(token.text().substring(0, length)), tokens, index, longest);
            }
        }
        return longest;
    }

    private static Phrase longestOf(List<Phrase> candidates, Tokens tokens, int index, Phrase longest) {
        if (candidates == null) {
            return longest;
        }
        for (Phrase phrase : candidates) {
            if (isLonger(phrase, longest) && matchesAt(phrase, tokens, index)) {
                longest = phrase;
            }
        }
        return longest;
    }

    /** More words first, then more letters: "passport number" wins over "passport*" where both start. */
    private static boolean isLonger(Phrase phrase, Phrase than) {
        if (than == null) {
            return true;
        }
        int words = Integer.compare(phrase.words().size(), than.words().size());
        return words > 0 || (words == 0 && phrase.length() > than.length());
    }

    private static boolean matchesAt(Phrase phrase, Tokens tokens, int index) {
        List<Word> words = phrase.words();
        if (index + words.size() > tokens.size()) {
            return false;
        }
        if (!words.getFirst().matches(tokens.get(index))) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            Tokens.Token token = tokens.get(index + k);
            if (words.get(k).spaced() != token.spaced() || !words.get(k).matches(token)) {
                return false;
            }
        }
        return true;
    }

    private static String textOf(List<Word> words) {
        StringBuilder text = new StringBuilder();
        for (Word word : words) {
            text.append(word.spaced() ? " " : "").append(word.text()).append(word.stem() ? "*" : "");
        }
        return text.toString();
    }

    /** A phrase cut into tokens as a text would be; with stems, a {@code *} right after a word ends its stem. */
    private static List<Word> wordsOf(String phrase, boolean stems) {
        Tokens tokens = Tokens.of(phrase.strip());
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token token = tokens.get(i);
            if (stems && token.text().equals("*")) {
                if (words.isEmpty() || token.spaced() || !tokens.get(i - 1).word()) {
                    throw new IllegalArgumentException("A '*' must end a word, not stand alone: " + phrase);
                }
                Word stem = words.removeLast();
                words.add(new Word(stem.text(), true, stem.spaced()));
            } else {
                words.add(new Word(token.text(), false, i > 0 && token.spaced()));
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("An empty phrase");
        }
        return List.copyOf(words);
    }
}
