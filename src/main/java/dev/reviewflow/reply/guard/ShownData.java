package dev.reviewflow.reply.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Private data shown in a reply: card numbers that pass the Luhn check, IBANs, e-mail addresses
 * and phone numbers other than the business's own, and the customer's own contacts however
 * written. Every scanner is a plain loop over the text that never steps back more than a bounded
 * distance, so that no input, however long or repetitive, costs more than linear time or any
 * stack: a regular expression with a repeated group recurses once per repetition.
 */
final class ShownData {

    /**
     * What was found.
     *
     * @param findings the data shown, each as a finding
     * @param businessContacts where the business's own contacts stand (UTF-16 offsets): a request
     *     that sends the customer there is a private one
     */
    record Result(List<Finding> findings, List<Integer> businessContacts) {}

    private static final int IBAN_MAX_TAIL = 38;
    // Dates (2024-03-12, 12.03.2024), times (14.30) and years, alone or joined: "12.03.2024 14.30",
    // "10.00-22.00", "2019-2023". Only ever run on a phone number candidate of at most 15 digits.
    private static final Pattern DATE_OR_TIME_PIECE = Pattern.compile("\\G[ -]?(?:"
            + "(?<first>\\p{Nd}{1,4})(?<separator>[./-])(?<second>\\p{Nd}{1,2})\\k<separator>(?<third>\\p{Nd}{2,4})"
            + "|(?<hour>\\p{Nd}{1,2})[.:](?<minute>\\p{Nd}{2})"
            + "|(?:19|20)[0-9]{2})");

    private ShownData() {}

    /** A contact point written in the reply: where, what kind, and its key (address or digits). */
    private record Written(int start, int end, FindingCode code, String key) {}

    static Result find(String text, Tokens tokens, GuardContext context) {
        List<Finding> ibans = ibans(text);
        List<Written> emails = emailAddresses(text);
        // The digits of an IBAN, an e-mail address or a card number are part of it, not another number.
        List<Finding> cards = cardNumbers(text, spans(ibans, emails));
        List<Finding> shown = new ArrayList<>(ibans);
        shown.addAll(cards);
        List<Written> phones = phoneNumbers(text, spans(shown, emails));
        List<Written> written = new ArrayList<>(emails);
        written.addAll(phones);
        return contacts(tokens, context, shown, written);
    }

    /**
     * The one place that tells the customer's contacts from the business's. The customer's own
     * count wherever they appear and however they are written, even if the business may show
     * them; the business's own are no finding but a private place; any other is a finding.
     */
    private static Result contacts(Tokens tokens, GuardContext context, List<Finding> shown, List<Written> written) {
        Set<String> customers = keys(context.customerContacts());
        Set<String> allowed = keys(context.allowedContacts());
        List<Finding> findings = new ArrayList<>(shown);
        List<Integer> businessContacts = new ArrayList<>();
        for (Written contact : written) {
            if (allowed.contains(contact.key()) && !customers.contains(contact.key())) {
                businessContacts.add(contact.start());
            } else {
                findings.add(Finding.of(contact.code(), contact.start(), contact.end()));
            }
        }
        // The customer's contacts as written, also where no scanner sees one ("0721/234/567").
        for (String contact : context.customerContacts()) {
            FindingCode code = contact.contains("@") ? FindingCode.EMAIL_ADDRESS : FindingCode.PHONE_NUMBER;
            for (PhraseList.Match match :
                    PhraseList.ofLiterals(List.of(contact)).find(tokens)) {
                if (noneOverlaps(findings, match.start(), match.end())) {
                    findings.add(Finding.of(code, match.start(), match.end()));
                }
            }
        }
        return new Result(findings, businessContacts);
    }

    /** The ranges of these findings and written contacts, which other scanners leave alone. */
    private static List<Finding> spans(List<Finding> findings, List<Written> written) {
        List<Finding> spans = new ArrayList<>(findings);
        written.forEach(contact -> spans.add(Finding.of(contact.code(), contact.start(), contact.end())));
        return spans;
    }

    // --- IBANs

    private static List<Finding> ibans(String text) {
        List<Finding> found = new ArrayList<>();
        int i = 0;
        while (i + 4 <= text.length()) {
            int candidateEnd = ibanCandidateEnd(text, i);
            int end = candidateEnd < 0 ? -1 : longestIbanIn(text, i, candidateEnd);
            if (end > 0) {
                found.add(Finding.of(FindingCode.IBAN, i, end));
                i = end;
            } else {
                // Another IBAN may start at a later word of a failed candidate.
                i++;
            }
        }
        return found;
    }

    /**
     * Country, check digits, then 11 to 38 letters and digits, possibly in groups after single
     * spaces; the end of the longest such run, or -1.
     */
    private static int ibanCandidateEnd(String text, int start) {
        boolean head = !isLetterOrNumber(before(text, start))
                && isAsciiLetter(text.charAt(start))
                && isAsciiLetter(text.charAt(start + 1))
                && isAsciiDigit(text.charAt(start + 2))
                && isAsciiDigit(text.charAt(start + 3));
        if (!head) {
            return -1;
        }
        int end = start + 4;
        int taken = 0;
        while (taken < IBAN_MAX_TAIL && end < text.length()) {
            char c = text.charAt(end);
            boolean groupSpace = c == ' ' && end + 1 < text.length() && isAsciiLetterOrDigit(text.charAt(end + 1));
            if (!isAsciiLetterOrDigit(c) && !groupSpace) {
                break;
            }
            end++;
            taken++;
        }
        return taken >= 11 ? end : -1;
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
        // ISO 13616: country and check digits move to the end, letters count as 10 to 35, and the
        // number must leave 1 when divided by 97; the remainder is kept digit by digit.
        String moved = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < moved.length(); i++) {
            int value = Character.digit(moved.charAt(i), 36);
            remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
        }
        return remainder == 1;
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

    // --- Card numbers

    private static List<Finding> cardNumbers(String text, List<Finding> notInside) {
        List<Finding> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (!Character.isDigit(codePoint) || isLetterOrNumber(before(text, i))) {
                i += Character.charCount(codePoint);
                continue;
            }
            int end = digitGroupsEnd(text, i);
            String digits = digitsOf(text.substring(i, end));
            boolean alone = end == text.length() || !isLetterOrNumber(text.codePointAt(end));
            if (alone
                    && digits.length() >= 13
                    && digits.length() <= 19
                    && passesLuhn(digits)
                    && noneOverlaps(notInside, i, end)) {
                found.add(Finding.of(FindingCode.CARD_NUMBER, i, end));
            }
            i = end;
        }
        return found;
    }

    /** Digits, possibly in groups after single spaces or hyphens: "4111 1111-1111". */
    private static int digitGroupsEnd(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length()) {
            int next = text.codePointAt(end);
            if (Character.isDigit(next)) {
                end += Character.charCount(next);
            } else if ((next == ' ' || next == '-')
                    && end + 1 < text.length()
                    && Character.isDigit(text.codePointAt(end + 1))) {
                end += 1;
            } else {
                break;
            }
        }
        return end;
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

    // --- E-mail addresses

    private static List<Written> emailAddresses(String text) {
        List<Written> found = new ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = emailStart(text, at);
            int end = emailEnd(text, at);
            if (start >= 0 && end >= 0) {
                found.add(new Written(start, end, FindingCode.EMAIL_ADDRESS, key(text.substring(start, end))));
            }
        }
        return found;
    }

    /** Where the local part before the '@' starts, or -1 when there is none. */
    private static int emailStart(String text, int at) {
        int start = at;
        while (start > 0) {
            int previous = text.codePointBefore(start);
            if (!isLocalPartChar(previous) && previous != '.') {
                break;
            }
            start -= Character.charCount(previous);
        }
        String local = text.substring(start, at);
        boolean valid = !local.isEmpty() && !local.startsWith(".") && !local.endsWith(".") && !local.contains("..");
        return valid ? start : -1;
    }

    /**
     * Where the domain after the '@' ends, or -1 when there is none: labels of letters, marks,
     * digits and hyphens joined by dots, at least two, the last one starting with a letter and at
     * least two long. A dot after the domain ends the sentence, not the address.
     */
    private static int emailEnd(String text, int at) {
        int end = at + 1;
        int labels = 0;
        int lastLabel = -1;
        int domainEnd = -1;
        while (end < text.length()) {
            int labelStart = end;
            if (!Tokens.isWordChar(text.codePointAt(end))) {
                break;
            }
            while (end < text.length()) {
                int c = text.codePointAt(end);
                if (!Tokens.isWordChar(c) && c != '-') {
                    break;
                }
                end += Character.charCount(c);
            }
            labels++;
            lastLabel = labelStart;
            domainEnd = end;
            if (end + 1 < text.length() && text.charAt(end) == '.') {
                end++;
            } else {
                break;
            }
        }
        boolean valid = labels >= 2
                && Character.isLetter(text.codePointAt(lastLabel))
                && text.codePointCount(lastLabel, domainEnd) >= 2;
        return valid ? domainEnd : -1;
    }

    private static boolean isLocalPartChar(int codePoint) {
        return Tokens.isWordChar(codePoint)
                || codePoint == '_'
                || codePoint == '%'
                || codePoint == '+'
                || codePoint == '-';
    }

    // --- Phone numbers

    private static List<Written> phoneNumbers(String text, List<Finding> notInside) {
        List<Written> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = phoneCandidateEnd(text, i);
            if (end < 0) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            String candidate = text.substring(i, end);
            String digits = digitsOf(candidate);
            boolean alone = end == text.length() || !isLetterOrNumber(text.codePointAt(end));
            if (alone
                    && digits.length() >= 7
                    && digits.length() <= 15
                    && !isDateOrTime(candidate)
                    && !isThousands(candidate)
                    && noneOverlaps(notInside, i, end)) {
                found.add(new Written(i, end, FindingCode.PHONE_NUMBER, key(candidate)));
            }
            i = end;
        }
        return found;
    }

    /**
     * The end of a phone number starting at {@code start}, or -1: an optional "+", then digits
     * and bracketed area codes, possibly separated by single spaces, dots or hyphens. Not inside
     * a word or number, nor after '#' (an order number).
     */
    private static int phoneCandidateEnd(String text, int start) {
        int previous = before(text, start);
        if (isLetterOrNumber(previous) || previous == '#' || previous == '+') {
            return -1;
        }
        int end = start;
        if (text.charAt(end) == '+') {
            end++;
            if (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
        }
        end = phonePartEnd(text, end);
        while (end > 0) {
            int next = end < text.length() && " .-".indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
            int partEnd = phonePartEnd(text, next);
            if (partEnd < 0) {
                return end;
            }
            end = partEnd;
        }
        return -1;
    }

    /** One digit, or an area code of one to five digits in brackets; its end, or -1. */
    private static int phonePartEnd(String text, int start) {
        if (start >= text.length()) {
            return -1;
        }
        int codePoint = text.codePointAt(start);
        if (Character.isDigit(codePoint)) {
            return start + Character.charCount(codePoint);
        }
        if (codePoint != '(') {
            return -1;
        }
        int end = start + 1;
        int digits = 0;
        while (end < text.length() && digits < 5 && Character.isDigit(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
            digits++;
        }
        return digits > 0 && end < text.length() && text.charAt(end) == ')' ? end + 1 : -1;
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
            return number(piece.group("hour")) <= 24 && number(piece.group("minute")) <= 59;
        }
        return true;
    }

    private static boolean isDate(String first, String second, String third) {
        int a = number(first);
        int b = number(second);
        int c = number(third);
        if (digitCount(first) == 4) {
            return isMonth(b) && isDay(c);
        }
        int thirdDigits = digitCount(third);
        return (thirdDigits == 2 || thirdDigits == 4) && isDay(a) && isDay(b) && (isMonth(a) || isMonth(b));
    }

    /**
     * The value of at most four decimal digits of any script. Not Integer.parseInt, which reads
     * UTF-16 units and fails on digits outside the Basic Multilingual Plane ("𝟙").
     */
    private static int number(String digits) {
        return digits.codePoints().reduce(0, (value, digit) -> value * 10 + Character.digit(digit, 10));
    }

    private static int digitCount(String digits) {
        return digits.codePointCount(0, digits.length());
    }

    private static boolean isMonth(int value) {
        return value >= 1 && value <= 12;
    }

    private static boolean isDay(int value) {
        return value >= 1 && value <= 31;
    }

    /** An amount with dots between thousands: "1.500.000". */
    private static boolean isThousands(String candidate) {
        String[] groups = candidate.split("\\.", -1);
        if (groups.length < 2 || groups[0].isEmpty() || groups[0].length() > 3 || !allDigits(groups[0])) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3 || !allDigits(groups[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String text) {
        return text.codePoints().allMatch(Character::isDigit);
    }

    // --- Shared helpers

    private static boolean noneOverlaps(List<Finding> findings, int start, int end) {
        return findings.stream().noneMatch(finding -> finding.overlaps(start, end));
    }

    private static Set<String> keys(List<String> contacts) {
        return contacts.stream().map(ShownData::key).collect(Collectors.toSet());
    }

    /** What makes two ways of writing one contact the same: an address in lower case, a number's digits. */
    private static String key(String contact) {
        return contact.contains("@") ? "email:" + contact.toLowerCase(Locale.ROOT) : "phone:" + digitsOf(contact);
    }

    /** The digits of a number as ASCII, whatever script they were written in. */
    private static String digitsOf(String number) {
        StringBuilder digits = new StringBuilder();
        number.codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.digit(c, 10)));
        return digits.toString();
    }

    /** The code point before {@code index}, or -1 at the start. */
    private static int before(String text, int index) {
        return index == 0 ? -1 : text.codePointBefore(index);
    }

    private static boolean isLetterOrNumber(int codePoint) {
        if (codePoint < 0) {
            return false;
        }
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint)
                || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c);
    }
}
