package dev.reviewflow.reply.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Judges each sentence by what it asks the customer to do and where: the data it names, whether
 * it asks for it, and the place it names. A request for private data with no private place, or
 * with a public one, is refused, since the reply itself is public; the same request sent to a
 * private channel is the advice the product follows, except for card numbers, security codes,
 * passwords and PINs, which are never to be collected over social messages (a warning).
 * Negations cancel the request, data or place right after them: a safety warning asks for nothing.
 */
final class DataRequests {

    /** At most this many other words may stand between a negation and what it cancels. */
    private static final int NEGATION_REACH = 2;
    /** How many tokens back a negation is looked for, whatever stands between. */
    private static final int MAX_LOOK_BACK = 24;

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
            // A phrase across a dot ("no. HP", "dvs.") joins the sentences on either side of it.
            int first = tokens.get(matches.get(from).first()).sentence();
            int last = tokens.get(matches.get(from).last()).sentence();
            int to = from + 1;
            while (to < matches.size() && tokens.get(matches.get(to).first()).sentence() <= last) {
                last = Math.max(last, tokens.get(matches.get(to).last()).sentence());
                to++;
            }
            boolean namesBusinessContact = false;
            for (int sentence = first; sentence <= last; sentence++) {
                namesBusinessContact |= businessSentences.contains(sentence);
            }
            judge(from, to, namesBusinessContact, found);
            from = to;
        }
        return found;
    }

    /** One sentence: the matches from {@code from} (inclusive) to {@code to} (exclusive). */
    private void judge(int from, int to, boolean namesBusinessContact, List<Finding> found) {
        boolean request = false;
        boolean publicPlace = false;
        boolean privatePlace = namesBusinessContact;
        boolean[] negated = new boolean[to - from];
        boolean[] negationAhead = negationAhead(from, to);
        for (int m = from; m < to; m++) {
            PhraseList.Match match = matches.get(m);
            boolean isPlace = match.has(Section.PUBLIC_PLACE) || match.has(Section.PRIVATE_PLACE);
            // "not here, in the comments": a place right after a cancelled place is cancelled too.
            negated[m - from] = isNegated(m) || (isPlace && m > from && negated[m - from - 1] && continuesPlace(m));
            boolean stands = !negated[m - from];
            request |= stands && match.has(Section.REQUEST);
            request |= stands && match.has(Section.POLITE) && !negationAhead[m - from];
            publicPlace |= stands && match.has(Section.PUBLIC_PLACE);
            privatePlace |= stands && match.has(Section.PRIVATE_PLACE);
        }
        if (!request) {
            return;
        }
        boolean inPrivate = privatePlace && !publicPlace;
        Set<Integer> refusingClauses = refusingClauses(from, to, negated);
        for (int m = from; m < to; m++) {
            PhraseList.Match match = matches.get(m);
            boolean data = match.has(Section.SECRET_DATA) || match.has(Section.PRIVATE_DATA);
            // "we don't need your PIN", "call us, don't write your card number here": not asked for.
            boolean refused = negated[m - from] || refusingClauses.contains(clauseOf(match));
            if (!data || refused || isOwn(match)) {
                continue;
            }
            if (!inPrivate) {
                found.add(Finding.of(FindingCode.PRIVATE_DATA_REQUEST, match.start(), match.end()));
            } else if (match.has(Section.SECRET_DATA)) {
                found.add(Finding.of(FindingCode.SECRET_DATA_REQUEST, match.start(), match.end()));
            }
        }
    }

    /** The clauses whose every request is cancelled: the data in them is what not to send. */
    private Set<Integer> refusingClauses(int from, int to, boolean[] negated) {
        Set<Integer> cancelling = new HashSet<>();
        Set<Integer> asking = new HashSet<>();
        for (int m = from; m < to; m++) {
            if (matches.get(m).has(Section.REQUEST)) {
                (negated[m - from] ? cancelling : asking).add(clauseOf(matches.get(m)));
            }
        }
        cancelling.removeAll(asking);
        return cancelling;
    }

    /**
     * A negation stands before the match in its clause, with at most {@link #NEGATION_REACH}
     * other words between. The walk back is bounded, so that a long run of phrases costs no more
     * than linear time.
     */
    private boolean isNegated(int index) {
        PhraseList.Match match = matches.get(index);
        int clause = tokens.get(match.first()).clause();
        int otherWords = 0;
        int lowest = Math.max(0, match.first() - MAX_LOOK_BACK);
        for (int t = match.first() - 1; t >= lowest && tokens.get(t).clause() == clause; t--) {
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

    /** The place follows the previous match of its sentence with only punctuation between. */
    private boolean continuesPlace(int index) {
        PhraseList.Match previous = matches.get(index - 1);
        if (!previous.has(Section.PUBLIC_PLACE) && !previous.has(Section.PRIVATE_PLACE)) {
            return false;
        }
        for (int t = previous.last() + 1; t < matches.get(index).first(); t++) {
            if (tokens.get(t).word()) {
                return false;
            }
        }
        return true;
    }

    /**
     * For each match of the sentence: a negation comes after it before any request. A "please"
     * followed by a negation before any request of its own asks for nothing: "please, never share
     * your PIN", or with the verb last, Armenian "please your card details do not publish".
     */
    private boolean[] negationAhead(int from, int to) {
        boolean[] ahead = new boolean[to - from];
        boolean negation = false;
        for (int m = to - 1; m >= from; m--) {
            ahead[m - from] = negation;
            PhraseList.Match match = matches.get(m);
            if (match.has(Section.NEGATION)) {
                negation = true;
            } else if (match.has(Section.REQUEST)) {
                negation = false;
            }
        }
        return ahead;
    }

    /** Data right after "our" or "my" is the business's own: "our phone number". */
    private boolean isOwn(PhraseList.Match match) {
        int before = match.first() - 1;
        return before >= 0
                && matchAt[before] >= 0
                && matches.get(matchAt[before]).has(Section.OWN)
                && tokens.get(before).clause() == tokens.get(match.first()).clause();
    }

    private int clauseOf(PhraseList.Match match) {
        return tokens.get(match.first()).clause();
    }
}
