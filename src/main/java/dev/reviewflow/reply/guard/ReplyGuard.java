package dev.reviewflow.reply.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a public reply before it is stored: private data asked for or shown, the customer's
 * name, the channel's length limit, and a tone that reads as shouting or blaming. The phrase
 * lists of every language apply to every reply, since a reply may mix languages and a
 * complaint's language tag may be wrong. No regular expression runs over the whole reply: each
 * detector is a loop whose cost grows linearly with the text, so that no input can exhaust the
 * stack or the CPU. Immutable: one guard serves all request threads.
 */
public final class ReplyGuard {

    private static final Comparator<Finding> ORDER =
            Comparator.comparingInt(Finding::start).thenComparing(Finding::code).thenComparingInt(Finding::end);

    private final PhraseList requestPhrases;
    private final PhraseList blaming;
    private final CustomerName.Endings nameEndings;

    /** A guard with the given phrases by section (see {@code reply-guard/en.txt} for what each section does). */
    ReplyGuard(Map<Section, List<String>> phrases) {
        Map<Section, List<String>> requestSections = new EnumMap<>(Section.class);
        phrases.forEach((section, list) -> {
            if (section != Section.BLAMING && section != Section.NAME_ENDING) {
                requestSections.put(section, list);
            }
        });
        this.requestPhrases = PhraseList.of(requestSections);
        this.blaming = PhraseList.of(Section.BLAMING, phrases.getOrDefault(Section.BLAMING, List.of()));
        this.nameEndings = CustomerName.Endings.of(phrases.getOrDefault(Section.NAME_ENDING, List.of()));
    }

    /** A guard with the phrase lists of every language named in {@code reply-guard/languages.txt}. */
    public static ReplyGuard fromClasspath() {
        return new ReplyGuard(PhraseFiles.loadAll());
    }

    /** True when a finding forbids posting the reply in public. */
    public static boolean rejects(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.REJECT);
    }

    /** Everything found in the reply, ordered by start position, then code. */
    public List<Finding> check(String text, GuardContext context) {
        Tokens tokens = Tokens.of(text);
        ShownData.Result shown = ShownData.find(text, tokens, context);
        List<Finding> findings = new ArrayList<>(shown.findings());
        Set<Integer> businessSentences =
                shown.businessContacts().stream().map(tokens::sentenceAt).collect(Collectors.toSet());
        findings.addAll(DataRequests.find(tokens, requestPhrases.find(tokens), businessSentences));
        findings.addAll(CustomerName.find(tokens, context.customerName(), nameEndings));
        tooLong(text, context.maxLength()).ifPresent(findings::add);
        findings.addAll(Tone.shouting(text));
        findings.addAll(Tone.exclamations(text));
        blaming.find(tokens)
                .forEach(match -> findings.add(Finding.of(FindingCode.BLAMING, match.start(), match.end())));
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    private static Optional<Finding> tooLong(String text, Integer maxLength) {
        int length = text.codePointCount(0, text.length());
        if (maxLength == null || length <= maxLength) {
            return Optional.empty();
        }
        return Optional.of(new Finding(
                FindingCode.TOO_LONG,
                FindingCode.TOO_LONG.severity(),
                FindingCode.TOO_LONG.message(length, maxLength),
                0,
                text.length()));
    }
}
