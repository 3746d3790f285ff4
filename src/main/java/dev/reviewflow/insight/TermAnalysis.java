package dev.reviewflow.insight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import dev.reviewflow.complaint.CustomerTraces;

/**
 * The terms of a complaint that patterns count: the words of its title and body as Lucene's
 * analyzer for its language leaves them (stop words removed, words reduced to their stem), and its
 * tags, prefixed with {@link #TAG_PREFIX} so that a tag and a word never count as one term.
 *
 * <p>Languages with an analyzer: English, Indonesian, Romanian, Estonian, Armenian, picked by the
 * primary subtag of the complaint's BCP 47 language ("en-GB" is English). Any other or no language:
 * Lucene's standard tokenizer, lower-cased, without stop words or stemming. Tokens without a letter
 * (prices, order and phone numbers) are left out, and so is the erasure marker. Plain Java; the
 * analyzers are built once and are safe to share between threads.
 */
public final class TermAnalysis {

    public static final String TAG_PREFIX = "#";

    /** A term is at most this many chars; longer tokens are cut by the tokenizer's own limit. */
    public static final int MAX_TERM_LENGTH = 100;

    private final Map<String, Analyzer> byLanguage;
    private final Analyzer fallback;

    public TermAnalysis() {
        Analyzer english = new EnglishAnalyzer();
        Analyzer indonesian = new IndonesianAnalyzer();
        Analyzer romanian = new RomanianAnalyzer();
        // "in" and "mo" are the deprecated codes of Indonesian and Moldovan (Romanian).
        this.byLanguage = Map.of(
                "en", english,
                "id", indonesian,
                "in", indonesian,
                "ro", romanian,
                "mo", romanian,
                "et", new EstonianAnalyzer(),
                "hy", new ArmenianAnalyzer());
        this.fallback = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    }

    /** Whether {@code language} has an analyzer of its own (with stop words and stemming). */
    public boolean stems(String language) {
        return byLanguage.containsKey(primarySubtag(language));
    }

    /** The distinct terms of a complaint, words first in order of appearance, then its tags. */
    public Set<String> terms(String title, String body, String language, List<String> tags) {
        Analyzer analyzer = byLanguage.getOrDefault(primarySubtag(language), fallback);
        Set<String> terms = new LinkedHashSet<>();
        words(analyzer, title, terms);
        words(analyzer, body, terms);
        if (tags != null) {
            for (String tag : tags) {
                if (tag != null && !tag.isBlank()) {
                    terms.add(cut(TAG_PREFIX + tag.strip().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return terms;
    }

    private static void words(Analyzer analyzer, String text, Set<String> terms) {
        if (text == null || text.isBlank()) {
            return;
        }
        try (TokenStream tokens = analyzer.tokenStream("text", text.replace(CustomerTraces.MARKER, " "))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (hasLetter(term)) {
                    terms.add(cut(term.toString()));
                }
            }
            tokens.end();
        } catch (IOException e) {
            // A StringReader never fails.
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasLetter(CharSequence term) {
        return term.codePoints().anyMatch(Character::isLetter);
    }

    private static String cut(String term) {
        if (term.length() <= MAX_TERM_LENGTH) {
            return term;
        }
        int end = Character.isHighSurrogate(term.charAt(MAX_TERM_LENGTH - 1)) ? MAX_TERM_LENGTH - 1 : MAX_TERM_LENGTH;
        return term.substring(0, end);
    }

    private static String primarySubtag(String language) {
        if (language == null) {
            return "";
        }
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).strip().toLowerCase(Locale.ROOT);
    }
}
