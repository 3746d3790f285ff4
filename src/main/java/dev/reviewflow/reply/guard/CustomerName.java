package dev.reviewflow.reply.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.reviewflow.common.text.TextFolding;

/**
 * Finds the customer's name in a reply: the full name, and each part of it with at least three
 * letters, as whole words, also with an inflectional ending ("aitäh Tiinale" is "thanks to
 * Tiina"), but not inside an unrelated word ("restaurant" does not name "Ani").
 */
final class CustomerName {

    /**
     * The endings names take, from the phrase files' {@code [name-ending]} sections: plain
     * endings ("le") and replacements of a name's last letters ("a>ei": "Maria", "Mariei").
     */
    record Endings(Set<String> endings, Map<String, Set<String>> replacements) {

        static Endings of(Collection<String> lines) {
            Set<String> endings = lines.stream()
                    .filter(line -> !line.contains(">"))
                    .map(CustomerName::folded)
                    .collect(Collectors.toUnmodifiableSet());
            Map<String, Set<String>> replacements = lines.stream()
                    .filter(line -> line.contains(">"))
                    .map(line -> line.split(">", 2))
                    .collect(Collectors.groupingBy(
                            pair -> folded(pair[0]),
                            Collectors.mapping(pair -> folded(pair[1]), Collectors.toUnmodifiableSet())));
            return new Endings(endings, Map.copyOf(replacements));
        }

        /** The word is the name part, plain or inflected. */
        boolean inflects(String part, String word) {
            if (word.equals(part)) {
                return true;
            }
            if (word.startsWith(part) && endings.contains(word.substring(part.length()))) {
                return true;
            }
            for (Map.Entry<String, Set<String>> replacement : replacements.entrySet()) {
                String from = replacement.getKey();
                if (part.endsWith(from) && part.length() > from.length()) {
                    String stem = part.substring(0, part.length() - from.length());
                    if (word.startsWith(stem) && replacement.getValue().contains(word.substring(stem.length()))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static final int LETTERS_OF_A_PART = 3;

    private CustomerName() {}

    static List<Finding> find(Tokens text, String name, Endings endings) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        List<Tokens.Token> nameTokens = Tokens.of(name).all();
        List<Finding> found = new ArrayList<>();
        int i = 0;
        while (i < text.size()) {
            int end = fullNameEnd(text, i, nameTokens, endings);
            if (end < 0 && isLongPart(text.get(i), nameTokens, endings)) {
                end = withEnding(text, i, endings);
            }
            if (end < 0) {
                i++;
            } else {
                found.add(Finding.of(
                        FindingCode.CUSTOMER_NAMED,
                        text.get(i).start(),
                        text.get(end).end()));
                i = end + 1;
            }
        }
        return found;
    }

    /** The last token of the full name starting at {@code start}, or -1; only its last word may be inflected. */
    private static int fullNameEnd(Tokens text, int start, List<Tokens.Token> name, Endings endings) {
        if (start + name.size() > text.size()) {
            return -1;
        }
        for (int k = 0; k < name.size(); k++) {
            Tokens.Token token = text.get(start + k);
            Tokens.Token part = name.get(k);
            boolean spacing = k == 0 || token.spaced() == part.spaced();
            boolean last = k == name.size() - 1;
            boolean same = last && part.word()
                    ? token.word() && endings.inflects(part.text(), token.text())
                    : token.text().equals(part.text());
            if (!spacing || !same) {
                return -1;
            }
        }
        int last = start + name.size() - 1;
        return name.size() == 1 ? withEnding(text, start, endings) : Math.max(last, withEnding(text, last, endings));
    }

    private static boolean isLongPart(Tokens.Token token, List<Tokens.Token> name, Endings endings) {
        return token.word()
                && name.stream()
                        .filter(part -> part.word() && letters(part.text()) >= LETTERS_OF_A_PART)
                        .anyMatch(part -> endings.inflects(part.text(), token.text()));
    }

    /** The name's word at {@code index}, or its ending written after an apostrophe or hyphen: "Smith'ile". */
    private static int withEnding(Tokens text, int index, Endings endings) {
        boolean separated = index + 2 < text.size()
                && !text.get(index + 1).spaced()
                && !text.get(index + 2).spaced()
                && Set.of("'", "-").contains(text.get(index + 1).text())
                && endings.endings().contains(text.get(index + 2).text());
        return separated ? index + 2 : index;
    }

    private static long letters(String word) {
        return word.codePoints().filter(Character::isLetter).count();
    }

    private static String folded(String ending) {
        return TextFolding.fold(ending.strip());
    }
}
