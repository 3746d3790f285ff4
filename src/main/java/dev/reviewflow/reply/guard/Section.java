package dev.reviewflow.reply.guard;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The sections of the phrase files, each giving its phrases a part (see {@code reply-guard/en.txt}). */
enum Section {
    SECRET_DATA("secret-data"),
    PRIVATE_DATA("private-data"),
    REQUEST("request"),
    POLITE("polite"),
    PUBLIC_PLACE("public-place"),
    PRIVATE_PLACE("private-place"),
    NEGATION("negation"),
    OWN("own"),
    NEUTRAL("neutral"),
    NAME_ENDING("name-ending"),
    BLAMING("blaming");

    private final String header;

    Section(String header) {
        this.header = header;
    }

    static Optional<Section> ofHeader(String header) {
        return Arrays.stream(values())
                .filter(section -> section.header.equals(header))
                .findFirst();
    }

    /**
     * Fails when one phrase stands in sections that contradict each other, such as data and a
     * place: with every language's lists applying to every reply, a word in two lists must not
     * quietly turn a request into an accepted one.
     */
    static void requireCompatible(String phrase, Set<Section> sections) {
        Set<Section> data = EnumSet.of(SECRET_DATA, PRIVATE_DATA);
        Set<Section> places = EnumSet.of(PUBLIC_PLACE, PRIVATE_PLACE);
        boolean alone = sections.stream()
                .anyMatch(section -> section == NEGATION || section == OWN || section == NEUTRAL || section == POLITE);
        boolean contradicts = (alone && sections.size() > 1)
                || sections.containsAll(data)
                || sections.containsAll(places)
                || (sections.stream().anyMatch(data::contains)
                        && sections.stream().anyMatch(places::contains));
        if (contradicts) {
            throw new IllegalStateException(
                    "The phrase \"" + phrase + "\" stands in contradicting sections " + sections);
        }
    }
}
