package dev.reviewflow.reply.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Judges each sentence by what it asks the customer to do and where: the data it names, whether
 * it asks for it, and the place it names. A request for private data with no private place, or
 * with a public one, is refused, since the reply itself is public; the same request sent to a
 * private channel is the advice the product follows, except for card numbers, security codes,
 * passwords and PINs, which are never to be collected over social messages (a warning).
 * Negations cancel the request or place right after them: a safety warning asks for nothing.
 */
final class DataRequests {

    /** At most this many other words may stand between a negation and what it cancels. */
    static final int NEGATION_REACH = 2;

    private final Tokens tokens;
    private final List<PhraseList.Match> matches;
    private final int[] matchAt;

    private DataRequests(Tokens tokens, List<PhraseList.Match> matches) {
        this.tokens = tokens;
        this.matches = matches;
        this.matchAt = new int[tokens.size()];
        Arrays.fill(matchAt, -1);
        for (int m = 0; m < matches.size(); m++) {
            for (int t = matches.get(m).first(); t <= matches.get(m).last(); t++) {
                matchAt[t] = m;
            }
        }
    }

    /**
     * The requests for private data in the text.
     *
     * @param matches the guard's phrases found in the text, in text order
     * @param businessSentences the sentences that name one of the business's own contacts, a private place
     */
    static List<Finding> find(Tokens tokens, List<PhraseList.Match> matches, Set<Integer> businessSentences) {
        return new DataRequests(tokens, matches).find(businessSentences);
    }

    private List<Finding> find(Set<Integer> businessSentences) {
        List<Finding> found = new ArrayList<>();
        int from = 0;
        while (from < matches.size()) {
            int sentence = sentenceOf(matches.get(from));
            int to = from;
            while (to < matches.size() && sentenceOf(matches.get(to)) == sentence) {
                to++;
            }
            judge(from, to, businessSentences.contains(sentence), found);
            from = to;
        }
        return found;
    }

    /** One sentence: the matches from {@code from} (inclusive) to {@code to} (exclusive). */
    private void judge(int from, int to, boolean namesBusinessContact, List<Finding> found) {
        boolean request = false;
        boolean publicPlace = false;
        boolean privatePlace = namesBusinessContact;
        for (int m = from; m < to; m++) {
            PhraseList.Match match = matches.get(m);
            boolean stands = !isNegated(m);
            request |= stands && match.has(Section.REQUEST);
            publicPlace |= stands && match.has(Section.PUBLIC_PLACE);
            privatePlace |= stands && match.has(Section.PRIVATE_PLACE);
        }
        if (!request) {
            return;
        }
        boolean inPrivate = privatePlace && !publicPlace;
        for (int m = from; m < to; m++) {
            PhraseList.Match match = matches.get(m);
            boolean data = match.has(Section.SECRET_DATA) || match.has(Section.PRIVATE_DATA);
            if (!data || isOwn(match)) {
                continue;
            }
            if (!inPrivate) {
                found.add(Finding.of(FindingCode.PRIVATE_DATA_REQUEST, match.start(), match.end()));
            } else if (match.has(Section.SECRET_DATA)) {
                found.add(Finding.of(FindingCode.SECRET_DATA_REQUEST, match.start(), match.end()));
            }
        }
    }

    /** A negation stands before the match in its clause, with at most {@link #NEGATION_REACH} other words between. */
    private boolean isNegated(int index) {
        PhraseList.Match match = matches.get(index);
        int clause = tokens.get(match.first()).clause();
        int otherWords = 0;
        for (int t = match.first() - 1; t >= 0 && tokens.get(t).clause() == clause; t--) {
            if (matchAt[t] < 0) {
                otherWords += tokens.get(t).word() ? 1 : 0;
                if (otherWords > NEGATION_REACH) {
                    return false;
                }
            } else if (matches.get(matchAt[t]).has(Section.NEGATION)) {
                return true;
            }
        }
        return false;
    }

    /** Data right after "our" or "my" is the business's own: "our phone number". */
    private boolean isOwn(PhraseList.Match match) {
        int before = match.first() - 1;
        return before >= 0
                && matchAt[before] >= 0
                && matches.get(matchAt[before]).has(Section.OWN)
                && tokens.get(before).clause() == tokens.get(match.first()).clause();
    }

    private int sentenceOf(PhraseList.Match match) {
        return tokens.get(match.first()).sentence();
    }
}
