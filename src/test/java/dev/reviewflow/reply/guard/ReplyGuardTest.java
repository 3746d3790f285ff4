package dev.reviewflow.reply.guard;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplyGuardTest {

    private static final ReplyGuard GUARD = ReplyGuard.fromClasspath();
    private static final List<String> ALLOWED = List.of("support@pizza.example", "+1 555 0100");

    private static List<Finding> check(String text) {
        return GUARD.check(text, GuardContext.none());
    }

    /** What each finding of the code marks in the text, in order. */
    private static List<String> marked(String text, List<Finding> findings, FindingCode code) {
        return findings.stream()
                .filter(finding -> finding.code() == code)
                .map(finding -> text.substring(finding.start(), finding.end()))
                .toList();
    }

    private static List<String> expected(String semicolonSeparated) {
        return List.of(semicolonSeparated.split(";"));
    }

    private static List<FindingCode> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            en | Could you reply here with your card number so we can check?  | card number
            en | Please share your password in the comments.                   | password
            en | What is your date of birth?                                   | date of birth
            en | Please post your home address below.                          | home address
            en | Please send us your address.                                  | your address
            en | Reply with the CVV from the back of the card.                 | CVV
            en | Send us your passport number and we will look.                | passport number
            en | What's your PIN code and account number?                      | your PIN code;account number
            id | Mohon kirimkan nomor kartu kredit Anda di sini.               | nomor kartu kredit
            id | Boleh minta kata sandinya, Kak?                               | kata sandinya
            id | Sebutkan tanggal lahir Anda di kolom komentar.                | tanggal lahir
            id | Tulis alamat rumah Anda di sini ya.                           | alamat rumah
            id | Silakan kirim foto KTP dan NIK Anda.                          | KTP;NIK Anda
            id | Berapa nomor rekening dan PIN ATM Anda?                       | nomor rekening;PIN ATM
            ro | Vă rugăm să ne trimiteți parola contului.                     | parola
            ro | Trimiteți-ne aici CNP-ul și data nașterii.                    | CNP-ul;data nașterii
            ro | Care este data nasterii si numarul cardului?                  | data nasterii;numarul cardului
            ro | Data naşterii, vă rog, şi codul PIN.                          | Data naşterii;codul PIN
            ro | Ne puteți scrie adresa de domiciliu?                          | adresa de domiciliu
            ro | Trimiteți o poză cu buletinul sau cu pașaportul.              | buletinul;pașaportul
            et | Palun kirjutage siia oma kaardinumber.                        | kaardinumber
            et | Mis on teie isikukood?                                        | isikukood
            et | Saatke meile oma parooli ja PIN-koodi.                         | parooli;PIN-koodi
            et | Palun lisage sünniaeg.                                        | sünniaeg
            et | Palun lisage synniaeg ja sünniaja kinnitus.                   | synniaeg;sünniaja
            et | Saatke meile oma aadress ja passi number.                     | oma aadress;passi number
            hy | Խնդրում ենք գրել ձեր քարտի համարը այստեղ։                     | քարտի համարը
            hy | Ուղարկեք ձեր գաղտնաբառը։                                      | գաղտնաբառը
            hy | ԳԱՂՏՆԱԲԱՌԸ ուղարկեք։                                          | ԳԱՂՏՆԱԲԱՌԸ
            hy | Նշեք ձեր ծննդյան ամսաթիվը։                                    | ծննդյան ամսաթիվը
            hy | Գրեք ձեր անձնագրի տվյալները։                                  | անձնագրի
            hy | Որտե՞ղ եք ապրում։                                             | Որտե՞ղ եք ապրում
            hy | Գրեք ձեր հասցեն մեկնաբանություններում։                        | ձեր հասցեն
            """)
    void findsRequestsForPrivateDataInEveryLanguage(String language, String text, String matches) {
        List<Finding> findings = check(text);
        assertEquals(expected(matches), marked(text, findings, FindingCode.PRIVATE_DATA_REQUEST));
        assertTrue(ReplyGuard.rejects(findings));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We will address your concern today.",
                "We refunded the pizza to your credit card.",
                "Dana sudah kami kembalikan ke rekening bank Anda.",
                "Our pin-up menu has new pizzas.",
                "Kami akan memperbaiki alamat web kami.",
            })
    void doesNotTakeEveryMentionOfAWordForARequest(String text) {
        assertEquals(List.of(), check(text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            en | As we already told you, it is your fault.                     | As we already told you;your fault
            en | You should have read the menu.                                | You should have
            en | You didn’t read the terms. Calm down.                         | You didn’t read;Calm down
            en | You failed to check the box.                                  | You failed to
            id | Itu kesalahan Anda sendiri.                                   | kesalahan Anda sendiri
            id | Seperti yang sudah kami jelaskan, Anda seharusnya membaca.    | Seperti yang sudah kami jelaskan;Anda seharusnya
            id | Tenanglah, jangan emosi.                                      | Tenanglah;jangan emosi
            ro | Este vina dumneavoastră.                                      | vina dumneavoastră
            ro | După cum v-am spus deja, ar fi trebuit să citiți meniul.      | După cum v-am spus deja;ar fi trebuit să citiți
            ro | Calmati-va, nu ati citit conditiile.                          | Calmati-va;nu ati citit
            et | See on teie enda süü.                                         | teie enda süü
            et | Nagu me juba ütlesime, oleksite pidanud tingimusi lugema.     | Nagu me juba ütlesime;oleksite pidanud
            et | Rahunege maha, te ei lugenud tingimusi.                       | Rahunege maha;te ei lugenud tingimusi
            hy | Դա ձեր մեղքն է։                                               | ձեր մեղքն
            hy | Ինչպես արդեն ասել ենք, պետք է կարդայիք պայմանները։            | Ինչպես արդեն ասել ենք;պետք է կարդայիք
            hy | Հանգստացե՛ք, դուք չեք կարդացել։                               | Հանգստացե՛ք;չեք կարդացել
            """)
    void warnsAboutBlamingInEveryLanguage(String language, String text, String matches) {
        List<Finding> findings = check(text);
        assertEquals(expected(matches), marked(text, findings, FindingCode.BLAMING));
        assertTrue(findings.stream().allMatch(finding -> finding.severity() == Severity.WARN));
        assertFalse(ReplyGuard.rejects(findings));
    }

    @ParameterizedTest(name = "{0} in: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Արամ Պետրոսյան | Հարգելի Արամ, ներողություն ենք խնդրում։          | Արամ
            Արամ Պետրոսյան | Պարոն ՊԵՏՐՈՍՅԱՆ, շնորհակալություն։              | ՊԵՏՐՈՍՅԱՆ
            Արամ Պետրոսյան | Շնորհակալություն, Արամ Պետրոսյան։                | Արամ Պետրոսյան
            Jüri Tamm      | Tere Jüri, vabandame!                            | Jüri
            Jüri Tamm      | Hea Juri   Tamm, aitäh.                          | Juri   Tamm
            Ștefan Popescu | Bună ziua, Stefan!                               | Stefan
            Ștefan Popescu | Mulțumim, domnule popescu.                       | popescu
            Ștefan Popescu | Mulțumim, Ştefan.                                | Ştefan
            Siti Rahayu    | Halo Kak Siti, mohon maaf.                       | Siti
            Siti Rahayu    | Terima kasih, Ibu Rahayu.                        | Rahayu
            Ana Li         | Hi Ana, thanks for writing.                      | Ana
            Ana Li         | Thanks, Ana Li.                                  | Ana Li
            """)
    void findsTheCustomersNameInEveryScript(String name, String text, String matches) {
        List<Finding> findings = GUARD.check(text, new GuardContext(null, name, List.of(), List.of()));
        assertEquals(expected(matches), marked(text, findings, FindingCode.CUSTOMER_NAMED));
        assertTrue(ReplyGuard.rejects(findings));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi Li, thanks for writing.", "Anastasia loves our bananas."})
    void ignoresShortNamePartsAndNamesInsideOtherWords(String text) {
        assertEquals(List.of(), GUARD.check(text, new GuardContext(null, "Ana Li", List.of(), List.of())));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4111 1111 1111 1111",
                "4111-1111-1111-1111",
                "4111111111111111",
                "5555555555554444",
                "3782 822463 10005",
            })
    void findsCardNumbersThatPassTheLuhnCheck(String card) {
        String text = "The card " + card + " was charged twice.";
        assertEquals(List.of(card), marked(text, check(text), FindingCode.CARD_NUMBER));
    }

    @Test
    void ignoresNumbersThatFailTheLuhnCheck() {
        assertEquals(List.of(), check("The card 4111 1111 1111 1112 was charged twice."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "RO49 AAAA 1B31 0075 9384 0000",
                "GB82WEST12345698765432",
                "EE38 2200 2210 2014 5685",
                "ro49aaaa1b31007593840000",
            })
    void findsIbansWithValidCheckDigits(String iban) {
        String text = "Pay into " + iban + " from today.";
        List<Finding> findings = check(text);
        assertEquals(List.of(FindingCode.IBAN), codes(findings));
        assertEquals(List.of(iban), marked(text, findings, FindingCode.IBAN));
    }

    @Test
    void findsAnIbanRightAfterAnotherCode() {
        String text = "Ref AB12 RO49 AAAA 1B31 0075 9384 0000.";
        assertEquals(List.of("RO49 AAAA 1B31 0075 9384 0000"), marked(text, check(text), FindingCode.IBAN));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"GB82 WEST 1234 5698 7654 33", "RO49 AAAA 1B31 0075 93840000", "RO49 AAAA 1B3 10075 9384 0000"})
    void ignoresIbansWithWrongCheckDigitsOrGrouping(String notAnIban) {
        String text = "Pay into " + notAnIban + " from today.";
        assertEquals(List.of(), marked(text, check(text), FindingCode.IBAN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria.pop@gmail.com", "jüri@näide.ee", "ani+pizza@mail.example.am"})
    void findsEmailAddresses(String email) {
        String text = "Write to " + email + ".";
        assertEquals(List.of(email), marked(text, check(text), FindingCode.EMAIL_ADDRESS));
    }

    @Test
    void allowsAnEmailAddressOfTheBusinessInAnyCase() {
        GuardContext context = new GuardContext(null, null, List.of(), ALLOWED);
        assertEquals(List.of(), GUARD.check("Write to Support@Pizza.Example any time.", context));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+40 721 234 567",
                "(021) 555-1234",
                "+1 (555) 010-0100",
                "0812-3456-7890",
                "5123 4567",
                "+374 10 123456",
                "555.123.4567",
                "12.34.5678",
            })
    void findsPhoneNumbers(String phone) {
        String text = "Call " + phone + " today.";
        assertEquals(List.of(phone), marked(text, check(text), FindingCode.PHONE_NUMBER));
    }

    @Test
    void allowsAPhoneNumberOfTheBusinessWrittenAnyWay() {
        GuardContext context = new GuardContext(null, null, List.of(), ALLOWED);
        assertEquals(List.of(), GUARD.check("Call us at +1 555 0100 or +1-555-0100.", context));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We delivered it on 12.03.2024.",
                "We delivered it on 2024-03-12.",
                "We delivered it on 12/03/2024 14.30.",
                "We are open 10.00-22.00 every day.",
                "We refunded Rp 1.500.000 today.",
                "Your order #1234567 is on its way.",
            })
    void ignoresDatesTimesAmountsAndOrderNumbers(String text) {
        assertEquals(List.of(), check(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Digits outside the Basic Multilingual Plane are two UTF-16 units each (found by jqwik).
                "We are open 1𝟙:30-22:00.",
                "We delivered it on 𝟙𝟚.𝟘𝟛.𝟚𝟘𝟚𝟜.",
                "We delivered it on ١٢.٠٣.٢٠٢٤.",
            })
    void readsDatesAndTimesWrittenInDigitsOfAnyScript(String text) {
        assertEquals(List.of(), check(text));
    }

    @Test
    void reportsTheCustomersOwnContactsEvenWhenTheBusinessMayShowThem() {
        List<String> contacts = List.of("ani@example.com", "0721/234/567", "+1 555 0100");
        GuardContext context = new GuardContext(null, null, contacts, List.of("ani@example.com", "+1 555 0100"));
        String text = "We wrote to ani@example.com, called 0721/234/567 and +1 555 0100.";
        List<Finding> findings = GUARD.check(text, context);
        assertEquals(List.of("ani@example.com"), marked(text, findings, FindingCode.EMAIL_ADDRESS));
        assertEquals(List.of("0721/234/567", "+1 555 0100"), marked(text, findings, FindingCode.PHONE_NUMBER));
    }

    @Test
    void reportsTheCustomersOwnPhoneNumberHoweverItIsWritten() {
        GuardContext context = new GuardContext(null, null, List.of("+1 555 0100"), List.of("+1 555 0100"));
        String text = "We called +1-555-0100 and +1 (555) 0100.";
        List<Finding> findings = GUARD.check(text, context);
        assertEquals(List.of("+1-555-0100", "+1 (555) 0100"), marked(text, findings, FindingCode.PHONE_NUMBER));
    }

    @Test
    void warnsAboutThreeOrMoreWordsInCapitals() {
        String text = "We DID NOT FORGET your order, SO SORRY ABOUT it, VERY SORRY again.";
        List<Finding> findings = check(text);
        assertEquals(List.of("DID NOT FORGET", "SO SORRY ABOUT"), marked(text, findings, FindingCode.SHOUTING));
        assertEquals(Severity.WARN, findings.getFirst().severity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ՄԵՆՔ ՇԱՏ ԵՆՔ ՑԱՎՈՒՄ", "МЫ ОЧЕНЬ СОЖАЛЕЕМ", "VĂ MULȚUMIM FOARTE MULT"})
    void warnsAboutCapitalsInEveryCasedScript(String shouted) {
        String text = shouted + ", sorry.";
        assertEquals(List.of(shouted), marked(text, check(text), FindingCode.SHOUTING));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Please read our FAQ page.",
                "The ATM and the SMS are fine.",
                "WE ARE sorry.",
                "So I AM OK.",
                "Use the codes XY12 AB34 CD56 at checkout.",
            })
    void leavesAcronymsAndShortRunsOfCapitalsAlone(String text) {
        assertEquals(List.of(), check(text));
    }

    @Test
    void warnsOnceAboutEachRunOfExclamationMarks() {
        String text = "Thanks!! Great!!! Ok! 谢谢！！ Շնորհակալություն՜՜ Wow‼";
        List<Finding> findings = check(text);
        assertEquals(List.of("!!", "!!!", "！！", "՜՜", "‼"), marked(text, findings, FindingCode.EXCLAMATIONS));
        assertFalse(ReplyGuard.rejects(findings));
    }

    @Test
    void countsAnEmojiAsOneCharacterAgainstTheLimit() {
        GuardContext limitOfFive = new GuardContext(5, null, List.of(), List.of());
        assertEquals(List.of(), GUARD.check("🍕🍕🍕🍕🍕", limitOfFive));

        List<Finding> findings = GUARD.check("🍕🍕🍕🍕🍕🍕", limitOfFive);
        assertEquals(1, findings.size());
        Finding tooLong = findings.getFirst();
        assertAll(
                () -> assertEquals(FindingCode.TOO_LONG, tooLong.code()),
                () -> assertEquals(Severity.REJECT, tooLong.severity()),
                () -> assertEquals(0, tooLong.start()),
                () -> assertEquals(12, tooLong.end()),
                () -> assertTrue(tooLong.message().contains("6 characters"), tooLong.message()),
                () -> assertTrue(tooLong.message().contains("limit of 5"), tooLong.message()));
    }

    @Test
    void positionsPointIntoTheOriginalTextAfterDiacriticsAndEmoji() {
        String text = "Ne pare rău 😔 că ați așteptat, Ștefan 🍕🍕. Trimiteți parola și scrieți la ion@exemplu.ro!!";
        List<Finding> findings = GUARD.check(text, new GuardContext(null, "Ștefan Popescu", List.of(), List.of()));
        assertAll(
                () -> assertEquals(List.of("Ștefan"), marked(text, findings, FindingCode.CUSTOMER_NAMED)),
                () -> assertEquals(List.of("parola"), marked(text, findings, FindingCode.PRIVATE_DATA_REQUEST)),
                () -> assertEquals(List.of("ion@exemplu.ro"), marked(text, findings, FindingCode.EMAIL_ADDRESS)),
                () -> assertEquals(List.of("!!"), marked(text, findings, FindingCode.EXCLAMATIONS)));
    }

    @Test
    void positionsCoverCombiningMarksOfDecomposedText() {
        String text = Normalizer.normalize("Știm 🙏. Scrieți aici parolă și data nașterii.", Normalizer.Form.NFD);
        List<String> expected = List.of(
                Normalizer.normalize("parolă", Normalizer.Form.NFD),
                Normalizer.normalize("data nașterii", Normalizer.Form.NFD));
        assertEquals(expected, marked(text, check(text), FindingCode.PRIVATE_DATA_REQUEST));
    }

    @Test
    void ordersFindingsByStartThenCode() {
        String text = "Ani Petrosyan, CALM DOWN NOW and DM us your card number!!";
        List<Finding> findings = GUARD.check(text, new GuardContext(null, "Ani Petrosyan", List.of(), List.of()));
        assertEquals(
                List.of(
                        FindingCode.CUSTOMER_NAMED,
                        FindingCode.SHOUTING,
                        FindingCode.BLAMING,
                        FindingCode.SECRET_DATA_REQUEST,
                        FindingCode.EXCLAMATIONS),
                codes(findings));
        assertEquals(
                List.of(0, 15, 15, 44, 55),
                findings.stream().map(Finding::start).toList());
    }

    @Test
    void messagesNeverRepeatWhatWasFound() {
        String text =
                "Ana Li: card 4111 1111 1111 1111, RO49 AAAA 1B31 0075 9384 0000, ana@mail.example, +40 721 234 567";
        List<Finding> findings = GUARD.check(text, new GuardContext(null, "Ana Li", List.of(), List.of()));
        assertEquals(
                Set.of(
                        FindingCode.CUSTOMER_NAMED,
                        FindingCode.CARD_NUMBER,
                        FindingCode.IBAN,
                        FindingCode.EMAIL_ADDRESS,
                        FindingCode.PHONE_NUMBER),
                Set.copyOf(codes(findings)));
        for (Finding finding : findings) {
            String found = text.substring(finding.start(), finding.end());
            assertFalse(finding.message().contains(found), finding.message());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thank you for telling us, and sorry the pizza arrived cold. We'd like to make this right:"
                        + " please send us a direct message.",
                "We're sorry your order was late on Saturday. We will address your concern today: please write"
                        + " to support@pizza.example or call +1 555 0100.",
                "Thanks for your patience! We refunded the delivery fee on 12.03.2024; it reaches you in 5 days.",
                "Terima kasih sudah memberi tahu kami, Kak, dan mohon maaf pizzanya tiba dalam keadaan dingin."
                        + " Kami ingin memperbaikinya: silakan kirimkan pesan langsung kepada kami.",
                "Mohon maaf atas keterlambatan pesanan Anda. Tim kami sedang memeriksa masalah ini. Silakan"
                        + " hubungi kami lewat pesan pribadi agar kami bisa membantu lebih lanjut.",
                "Vă mulțumim că ne-ați spus și ne pare rău că pizza a ajuns rece. Dorim să îndreptăm lucrurile:"
                        + " vă rugăm să ne trimiteți un mesaj privat.",
                "Ne pare foarte rau pentru intarziere. Echipa noastra verifica ce s-a intamplat si va revenim cat"
                        + " mai curand printr-un mesaj privat.",
                "Aitäh, et andsite meile teada, ja vabandame, et pitsa jõudis kohale külmana. Soovime asja"
                        + " heastada: palun saatke meile otsesõnum.",
                "Vabandame hilinemise pärast. Meie meeskond uurib, mis juhtus, ja võtab teiega privaatsõnumi"
                        + " kaudu ühendust.",
                "Շնորհակալություն, որ տեղեկացրիք մեզ, և ներողություն, որ պիցցան սառն է հասել։ Ցանկանում ենք"
                        + " ուղղել իրավիճակը. խնդրում ենք գրել մեզ անձնական հաղորդագրությամբ։",
                "Ներողություն ենք խնդրում ուշացման համար 🙏։ Մեր թիմն արդեն ուսումնասիրում է խնդիրը և շուտով"
                        + " կկապվի ձեզ հետ։",
            })
    void calmRepliesInEveryLanguageHaveNoFindings(String reply) {
        GuardContext context = new GuardContext(280, "Maria Ionescu", List.of("maria@example.com"), ALLOWED);
        assertEquals(List.of(), GUARD.check(reply, context));
    }

    @Test
    void rejectsOnlyWhenAFindingHasSeverityReject() {
        assertFalse(ReplyGuard.rejects(List.of()));
        assertFalse(ReplyGuard.rejects(List.of(Finding.of(FindingCode.SHOUTING, 0, 3))));
        assertTrue(ReplyGuard.rejects(
                List.of(Finding.of(FindingCode.EXCLAMATIONS, 0, 2), Finding.of(FindingCode.IBAN, 3, 20))));
    }

    @Test
    void eachCodeHasItsJsonNameAndSeverity() {
        Map<FindingCode, String> names = Map.ofEntries(
                Map.entry(FindingCode.PRIVATE_DATA_REQUEST, "private-data-request"),
                Map.entry(FindingCode.SECRET_DATA_REQUEST, "secret-data-request"),
                Map.entry(FindingCode.CARD_NUMBER, "card-number"),
                Map.entry(FindingCode.IBAN, "iban"),
                Map.entry(FindingCode.EMAIL_ADDRESS, "email-address"),
                Map.entry(FindingCode.PHONE_NUMBER, "phone-number"),
                Map.entry(FindingCode.CUSTOMER_NAMED, "customer-named"),
                Map.entry(FindingCode.TOO_LONG, "too-long"),
                Map.entry(FindingCode.SHOUTING, "shouting"),
                Map.entry(FindingCode.EXCLAMATIONS, "exclamations"),
                Map.entry(FindingCode.BLAMING, "blaming"));
        for (FindingCode code : FindingCode.values()) {
            assertEquals(names.get(code), jsonName(code));
            Severity expected = Set.of(
                                    FindingCode.SECRET_DATA_REQUEST,
                                    FindingCode.SHOUTING,
                                    FindingCode.EXCLAMATIONS,
                                    FindingCode.BLAMING)
                            .contains(code)
                    ? Severity.WARN
                    : Severity.REJECT;
            assertEquals(expected, code.severity(), code.name());
        }
        assertEquals(
                List.of("reject", "warn"),
                Arrays.stream(Severity.values()).map(ReplyGuardTest::jsonName).toList());
    }

    private static String jsonName(Enum<?> constant) {
        try {
            return constant.getDeclaringClass()
                    .getField(constant.name())
                    .getAnnotation(JsonProperty.class)
                    .value();
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void guardsCanBeBuiltFromListsGivenInCode() {
        ReplyGuard guard = new ReplyGuard(Map.of(
                Section.PRIVATE_DATA, List.of("secret word*"),
                Section.REQUEST, List.of("tell us"),
                Section.BLAMING, List.of("tough luck")));
        String text = "Tell us the SECRET   wordings. Tough luck otherwise.";
        List<Finding> findings = guard.check(text, GuardContext.none());
        assertEquals(List.of("SECRET   wordings"), marked(text, findings, FindingCode.PRIVATE_DATA_REQUEST));
        assertEquals(List.of("Tough luck"), marked(text, findings, FindingCode.BLAMING));
        assertEquals(List.of(), guard.check("Tell us your password.", GuardContext.none()));
        assertEquals(List.of(), guard.check("The secret word is on the table.", GuardContext.none()));
    }

    private static List<String> found(PhraseList list, String text) {
        return list.find(text).stream()
                .map(match -> text.substring(match.start(), match.end()))
                .toList();
    }

    @Test
    void phrasesMatchWholeWordsAndStarsMatchAnyEnding() {
        PhraseList list = PhraseList.of(Section.SECRET_DATA, List.of("parool*", "pin kood"));
        String text = "Parooliga, pinkood ja PIN\nkood, PIN koodi.";
        assertEquals(List.of("Parooliga", "PIN\nkood"), found(list, text));
        assertEquals(List.of(), PhraseList.of(Section.SECRET_DATA, List.of()).find(text));
        assertEquals(List.of(), PhraseList.ofLiterals(List.of("parool*")).find(text));
    }

    @Test
    void punctuationInAPhraseIsTypedWithoutSpaces() {
        PhraseList list = PhraseList.of(Section.SECRET_DATA, List.of("pin-kood*", "driver's licen*"));
        String text = "PIN-koodi, pin - kood, DRIVER’S LICENCE, driver 's license.";
        assertEquals(List.of("PIN-koodi", "DRIVER’S LICENCE"), found(list, text));
    }

    @Test
    void theLongestPhraseWinsAndOverlapsOfOneSectionJoin() {
        PhraseList list = PhraseList.of(Map.of(
                Section.PRIVATE_DATA, List.of("email", "your pin", "pin code"),
                Section.PRIVATE_PLACE, List.of("email us")));
        String text = "Email us your PIN code, or your email.";
        List<PhraseList.Match> matches = list.find(text);
        assertEquals(List.of("Email us", "your PIN code", "email"), found(list, text));
        assertEquals(Set.of(Section.PRIVATE_PLACE), matches.getFirst().sections());
        assertEquals(Set.of(Section.PRIVATE_DATA), matches.get(1).sections());
    }

    @Test
    void aPhraseInContradictingSectionsFailsLoudly() {
        IllegalStateException contradiction = assertThrows(
                IllegalStateException.class,
                () -> PhraseList.of(Map.of(
                        Section.PRIVATE_DATA, List.of("e-mail"),
                        Section.PRIVATE_PLACE, List.of("E-mail"))));
        assertTrue(contradiction.getMessage().contains("e-mail"), contradiction.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PhraseList.of(Section.PRIVATE_DATA, List.of("card *")));
    }

    @Test
    void phraseFilesFailLoudlyOnMistakes() {
        Map<Section, List<String>> parsed = PhraseFiles.parse(
                "x.txt", List.of("# comment", "", "[blaming]", "  your fault  ", "[blaming]", "calm down"));
        assertEquals(Map.of(Section.BLAMING, List.of("your fault", "calm down")), parsed);

        IllegalStateException unknown = assertThrows(
                IllegalStateException.class,
                () -> PhraseFiles.parse("x.txt", List.of("[blaming]", "calm down", "[blamming]")));
        assertTrue(unknown.getMessage().startsWith("x.txt:3:"), unknown.getMessage());
        IllegalStateException outside =
                assertThrows(IllegalStateException.class, () -> PhraseFiles.parse("x.txt", List.of("calm down")));
        assertTrue(outside.getMessage().startsWith("x.txt:1:"), outside.getMessage());
    }

    @Test
    void contextWithoutDetailsKnowsNothingAndDropsBlankContacts() {
        GuardContext none = GuardContext.none();
        assertEquals(new GuardContext(null, null, List.of(), List.of()), none);
        GuardContext context = new GuardContext(null, " ", Arrays.asList(" ", null), null);
        assertEquals(List.of(), context.customerContacts());
        assertEquals(List.of(), context.allowedContacts());
        assertEquals(List.of(), GUARD.check("Thanks for waiting.", context));
    }

    @Test
    void givesTheSameFindingsWhenSharedByManyThreads() {
        String text = "Ana Li, send your PIN code to ana@mail.example!! 🍕 WE ARE SORRY.";
        GuardContext context = new GuardContext(40, "Ana Li", List.of(), ALLOWED);
        List<Finding> expected = GUARD.check(text, context);
        assertEquals(
                Set.of(
                        FindingCode.CUSTOMER_NAMED,
                        FindingCode.PRIVATE_DATA_REQUEST,
                        FindingCode.EMAIL_ADDRESS,
                        FindingCode.EXCLAMATIONS,
                        FindingCode.SHOUTING,
                        FindingCode.TOO_LONG),
                Set.copyOf(codes(expected)));
        assertTrue(IntStream.range(0, 200)
                .parallel()
                .mapToObj(i -> GUARD.check(text, context))
                .allMatch(expected::equals));
    }
}
