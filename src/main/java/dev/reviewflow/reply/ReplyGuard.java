package dev.reviewflow.reply;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a public reply before it is stored: private data asked for or shown, the customer's
 * name, the channel's length limit, and a tone that reads as shouting or blaming. The phrase
 * lists of every language apply to every reply, since a reply may mix languages and a
 * complaint's language tag may be wrong. Immutable: one guard serves all request threads.
 */
public final class ReplyGuard {

    private static final String DIRECTORY = "reply-guard/";
    private static final String PRIVATE_DATA_SECTION = "private-data-request";
    private static final String BLAMING_SECTION = "blaming";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(?:-[a-z0-9]+)*");

    private static final Pattern DIGIT_GROUPS =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Nd}(?:[ -]?\\p{Nd})*+(?![\\p{L}\\p{N}])");
    // Country, check digits, then up to 30 letters and digits, possibly in groups after single spaces.
    private static final Pattern IBAN_CANDIDATE =
            Pattern.compile("(?<![\\p{L}\\p{N}])[A-Za-z]{2}[0-9]{2}(?:[A-Za-z0-9]| (?=[A-Za-z0-9])){11,38}");
    private static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}._%+-])"
            + "[\\p{L}\\p{M}\\p{N}_%+-]++(?:\\.[\\p{L}\\p{M}\\p{N}_%+-]++)*+"
            + "@(?:" + PhraseList.WORD_CHAR + "[\\p{L}\\p{M}\\p{N}-]*+\\.)+\\p{L}[\\p{L}\\p{M}\\p{N}-]++");
    private static final String PHONE_PART = "(?:\\(\\p{Nd}{1,5}\\)|\\p{Nd})";
    // Not inside a word or number, nor after '#' (an order number).
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{L}\\p{N}#+])(?:\\+ ?)?" + PHONE_PART + "(?:[ .-]?" + PHONE_PART + ")*+(?![\\p{L}\\p{N}])");
    // Dates (2024-03-12, 12.03.2024), times (14.30) and years, alone or joined: "12.03.2024 14.30",
    // "10.00-22.00", "2019-2023".
    private static final Pattern DATE_OR_TIME_PIECE = Pattern.compile("\\G[ -]?(?:"
            + "(?<first>\\p{Nd}{1,4})(?<separator>[./-])(?<second>\\p{Nd}{1,2})\\k<separator>(?<third>\\p{Nd}{2,4})"
            + "|(?<hour>\\p{Nd}{1,2})[.:](?<minute>\\p{Nd}{2})"
            + "|(?:19|20)[0-9]{2})");
    private static final Pattern THOUSANDS = Pattern.compile("\\p{Nd}{1,3}(?:\\.\\p{Nd}{3})+");
    // Armenian stress, exclamation and question marks sit inside words: "ՈՐՏԵ՞Ղ".
    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}\\u055B\\u055C\\u055E]+(?:['’-][\\p{L}\\p{M}\\p{N}]+)*");
    // U+203C "‼" is two marks in one; emoji marks may carry a variation selector.
    private static final Pattern EXCLAMATION_RUN = Pattern.compile("(?:[!！՜‼❗❕]\\x{FE0F}?){2,}|‼\\x{FE0F}?");
    private static final Comparator<Finding> ORDER =
            Comparator.comparingInt(Finding::start).thenComparing(Finding::code).thenComparingInt(Finding::end);

    private final PhraseList privateDataRequests;
    private final PhraseList blaming;

    public ReplyGuard(PhraseList privateDataRequests, PhraseList blaming) {
        this.privateDataRequests = privateDataRequests;
        this.blaming = blaming;
    }

    /** A guard with the phrase lists of every language named in {@code reply-guard/languages.txt}. */
    public static ReplyGuard fromClasspath() {
        List<String> files = PhraseList.readLines(DIRECTORY + "languages.txt").stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(ReplyGuard::fileOf)
                .toList();
        Map<String, List<String>> phrases = PhraseList.load(files, Set.of(PRIVATE_DATA_SECTION, BLAMING_SECTION));
        return new ReplyGuard(
                PhraseList.of(phrases.getOrDefault(PRIVATE_DATA_SECTION, List.of())),
                PhraseList.of(phrases.getOrDefault(BLAMING_SECTION, List.of())));
    }

    private static String fileOf(String language) {
        if (!LANGUAGE_TAG.matcher(language).matches()) {
            throw new IllegalStateException("Not a language tag in " + DIRECTORY + "languages.txt: " + language);
        }
        return DIRECTORY + language + ".txt";
    }

    /** True when a finding forbids posting the reply in public. */
    public static boolean rejects(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.REJECT);
    }

    /** Everything found in the reply, ordered by start position, then code. */
    public List<Finding> check(String text, GuardContext context) {
        List<Finding> findings = new ArrayList<>(phrases(privateDataRequests, FindingCode.PRIVATE_DATA_REQUEST, text));
        findings.addAll(ibans(text));
        // The digits of an IBAN or e-mail address are part of it, not a card or phone number.
        findings.addAll(cardNumbers(text, findings));
        findings.addAll(emailAddresses(text, context));
        findings.addAll(phoneNumbers(text, context, findings));
        findings.addAll(customerContacts(text, context, findings));
        findings.addAll(customerNamed(text, context.customerName()));
        tooLong(text, context.maxLength()).ifPresent(findings::add);
        findings.addAll(shouting(text));
        findings.addAll(exclamations(text));
        findings.addAll(phrases(blaming, FindingCode.BLAMING, text));
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    private static List<Finding> phrases(PhraseList list, FindingCode code, String text) {
        return list.find(text).stream()
                .map(match -> Finding.of(code, match.start(), match.end()))
                .toList();
    }

    private static List<Finding> ibans(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher candidate = IBAN_CANDIDATE.matcher(text);
        int from = 0;
        while (candidate.find(from)) {
            int end = longestIbanIn(text, candidate.start(), candidate.end());
            if (end > 0) {
                found.add(Finding.of(FindingCode.IBAN, candidate.start(), end));
                from = end;
            } else {
                // Another IBAN may start at a later word of a failed candidate.
                from = candidate.start() + 1;
            }
        }
        return found;
    }

    /**
     * The end of the longest valid IBAN starting at {@code start}, or -1. The candidate may have
     * taken in words after the IBAN ("... 0000 from"), so shorter ends are tried too.
     */
    private static int longestIbanIn(String text, int start, int candidateEnd) {
        for (int end = candidateEnd; end > start; end--) {
            boolean wordEnds = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
            if (wordEnds && Character.isLetterOrDigit(text.charAt(end - 1)) && isIban(text.substring(start, end))) {
                return end;
            }
        }
        return -1;
    }

    private static boolean isIban(String candidate) {
        String[] groups = candidate.split(" ");
        String compact = String.join("", groups).toUpperCase(Locale.ROOT);
        if (!(groups.length == 1 || isGroupedByFour(groups)) || compact.length() < 15 || compact.length() > 34) {
            return false;
        }
        // ISO 13616: country and check digits move to the end, letters count as 10 to 35.
        StringBuilder digits = new StringBuilder();
        (compact.substring(4) + compact.substring(0, 4)).chars().forEach(c -> digits.append(Character.digit(c, 36)));
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /** Printed IBANs come in groups of four; only the last group may be shorter. */
    private static boolean isGroupedByFour(String[] groups) {
        for (int i = 0; i < groups.length - 1; i++) {
            if (groups[i].length() != 4) {
                return false;
            }
        }
        return groups[groups.length - 1].length() <= 4;
    }

    private static List<Finding> cardNumbers(String text, List<Finding> earlier) {
        List<Finding> found = new ArrayList<>();
        Matcher number = DIGIT_GROUPS.matcher(text);
        while (number.find()) {
            String digits = digitsOf(number.group());
            if (digits.length() >= 13
                    && digits.length() <= 19
                    && passesLuhn(digits)
                    && noneOverlaps(earlier, number.start(), number.end())) {
                found.add(Finding.of(FindingCode.CARD_NUMBER, number.start(), number.end()));
            }
        }
        return found;
    }

    private static boolean passesLuhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static List<Finding> emailAddresses(String text, GuardContext context) {
        Set<String> allowed = normalised(context.allowedContacts(), ReplyGuard::emailKey);
        List<Finding> found = new ArrayList<>();
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            // The customer's own address is found as written by customerContacts, allowed or not.
            if (!allowed.contains(emailKey(email.group()))) {
                found.add(Finding.of(FindingCode.EMAIL_ADDRESS, email.start(), email.end()));
            }
        }
        return found;
    }

    private static List<Finding> phoneNumbers(String text, GuardContext context, List<Finding> earlier) {
        Set<String> allowed = normalised(context.allowedContacts(), ReplyGuard::phoneKey);
        Set<String> customers = normalised(context.customerContacts(), ReplyGuard::phoneKey);
        List<Finding> found = new ArrayList<>();
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            String digits = digitsOf(phone.group());
            // The customer's own number counts however it is written, even if the business may show it.
            boolean shown = !allowed.contains(digits) || customers.contains(digits);
            if (digits.length() >= 7
                    && digits.length() <= 15
                    && shown
                    && !isDateOrTime(phone.group())
                    && !THOUSANDS.matcher(phone.group()).matches()
                    && noneOverlaps(earlier, phone.start(), phone.end())) {
                found.add(Finding.of(FindingCode.PHONE_NUMBER, phone.start(), phone.end()));
            }
        }
        return found;
    }

    private static boolean isDateOrTime(String candidate) {
        Matcher piece = DATE_OR_TIME_PIECE.matcher(candidate);
        int end = 0;
        while (piece.find() && isValidDateOrTime(piece)) {
            end = piece.end();
        }
        return end == candidate.length();
    }

    private static boolean isValidDateOrTime(Matcher piece) {
        if (piece.group("first") != null) {
            return isDate(piece.group("first"), piece.group("second"), piece.group("third"));
        }
        if (piece.group("hour") != null) {
            return Integer.parseInt(piece.group("hour")) <= 24 && Integer.parseInt(piece.group("minute")) <= 59;
        }
        return true;
    }

    private static boolean isDate(String first, String second, String third) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        int c = Integer.parseInt(third);
        if (first.length() == 4) {
            return isMonth(b) && isDay(c);
        }
        return (third.length() == 2 || third.length() == 4) && isDay(a) && isDay(b) && (isMonth(a) || isMonth(b));
    }

    private static boolean isMonth(int value) {
        return value >= 1 && value <= 12;
    }

    private static boolean isDay(int value) {
        return value >= 1 && value <= 31;
    }

    /** The customer's own contacts, wherever they appear as written, even if the business may show them. */
    private static List<Finding> customerContacts(String text, GuardContext context, List<Finding> earlier) {
        List<Finding> found = new ArrayList<>();
        for (String contact : context.customerContacts()) {
            FindingCode code = contact.contains("@") ? FindingCode.EMAIL_ADDRESS : FindingCode.PHONE_NUMBER;
            for (PhraseList.Match match :
                    PhraseList.ofLiterals(List.of(contact)).find(text)) {
                boolean reported = earlier.stream()
                        .anyMatch(finding -> finding.code() == code && finding.overlaps(match.start(), match.end()));
                if (!reported && noneOverlaps(found, match.start(), match.end())) {
                    found.add(Finding.of(code, match.start(), match.end()));
                }
            }
        }
        return found;
    }

    /** The full name, and each part of it with at least three letters, as whole words. */
    private static List<Finding> customerNamed(String text, String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Set<String> phrases = new LinkedHashSet<>();
        phrases.add(name.strip());
        Matcher part = WORD.matcher(name);
        while (part.find()) {
            if (part.group().codePoints().filter(Character::isLetter).count() >= 3) {
                phrases.add(part.group());
            }
        }
        return phrases(PhraseList.ofLiterals(phrases), FindingCode.CUSTOMER_NAMED, text);
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

    /**
     * Runs of three or more upper-case words. Numbers and codes with digits ("RO49", "1B31") are
     * not words here: they neither count nor break a run.
     */
    private static List<Finding> shouting(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        List<MatchResult> run = new ArrayList<>();
        while (word.find()) {
            if (word.group().codePoints().anyMatch(Character::isDigit)) {
                continue;
            }
            if (isInCapitals(word.group())) {
                run.add(word.toMatchResult());
            } else {
                addShouting(found, run);
            }
        }
        addShouting(found, run);
        return found;
    }

    /** Two or more letters, all upper-case: "SORRY", "ՇԱՏ"; not "I" or "Sorry". */
    private static boolean isInCapitals(String word) {
        int[] letters = word.codePoints().filter(Character::isLetter).toArray();
        return letters.length >= 2 && Arrays.stream(letters).allMatch(Character::isUpperCase);
    }

    private static void addShouting(List<Finding> found, List<MatchResult> run) {
        if (run.size() >= 3) {
            found.add(Finding.of(
                    FindingCode.SHOUTING, run.getFirst().start(), run.getLast().end()));
        }
        run.clear();
    }

    private static List<Finding> exclamations(String text) {
        return EXCLAMATION_RUN
                .matcher(text)
                .results()
                .map(run -> Finding.of(FindingCode.EXCLAMATIONS, run.start(), run.end()))
                .toList();
    }

    private static boolean noneOverlaps(List<Finding> findings, int start, int end) {
        return findings.stream().noneMatch(finding -> finding.overlaps(start, end));
    }

    private static Set<String> normalised(List<String> contacts, Function<String, String> key) {
        return contacts.stream().map(key).filter(value -> !value.isEmpty()).collect(Collectors.toSet());
    }

    private static String emailKey(String contact) {
        return contact.contains("@") ? contact.toLowerCase(Locale.ROOT) : "";
    }

    private static String phoneKey(String contact) {
        return contact.contains("@") ? "" : digitsOf(contact);
    }

    /** The digits of a number as ASCII, whatever script they were written in. */
    private static String digitsOf(String number) {
        StringBuilder digits = new StringBuilder();
        number.codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.digit(c, 10)));
        return digits.toString();
    }
}
