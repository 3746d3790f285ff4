package dev.reviewflow.reply.guard;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the reply guard can find in a public reply, how serious it is, and what to do instead. */
public enum FindingCode {
    @JsonProperty("private-data-request")
    PRIVATE_DATA_REQUEST(
            Severity.REJECT,
            "Asks in public for private data (such as an account or ID number, address, date of birth, phone number"
                    + " or e-mail address, or a card number or password): ask for it in a private channel instead,"
                    + " such as a direct message, e-mail or phone call."),
    @JsonProperty("secret-data-request")
    SECRET_DATA_REQUEST(
            Severity.WARN,
            "Asks for a card number, security code, password or PIN, even if in private: never collect these over"
                    + " social or direct messages; point the customer to your secure payment or sign-in page instead."),
    @JsonProperty("card-number")
    CARD_NUMBER(Severity.REJECT, "Shows a card number: remove it; card details must never appear in a public reply."),
    @JsonProperty("iban")
    IBAN(Severity.REJECT, "Shows a bank account number (IBAN): remove it and share payment details only in private."),
    @JsonProperty("email-address")
    EMAIL_ADDRESS(
            Severity.REJECT,
            "Shows an e-mail address: remove it; only the business's own public addresses may appear in public."),
    @JsonProperty("phone-number")
    PHONE_NUMBER(
            Severity.REJECT,
            "Shows a phone number: remove it; only the business's own public numbers may appear in public."),
    @JsonProperty("customer-named")
    CUSTOMER_NAMED(
            Severity.REJECT, "Names the customer in public: leave the name out so that their identity stays private."),
    @JsonProperty("too-long")
    TOO_LONG(
            Severity.REJECT,
            "Is %d characters long, over this channel's limit of %d: shorten it,"
                    + " or continue the conversation in private."),
    @JsonProperty("shouting")
    SHOUTING(Severity.WARN, "Three or more words in capitals read as shouting: write them in normal case."),
    @JsonProperty("exclamations")
    EXCLAMATIONS(Severity.WARN, "Several exclamation marks in a row can read as agitated: one is enough."),
    @JsonProperty("blaming")
    BLAMING(
            Severity.WARN,
            "Sounds like blaming or lecturing the customer: acknowledge the problem"
                    + " and say what you will do to put it right.");

    private final Severity severity;
    private final String message;

    FindingCode(Severity severity, String message) {
        this.severity = severity;
        this.message = message;
    }

    public Severity severity() {
        return severity;
    }

    /** The advice shown to the author; {@link #TOO_LONG} takes the actual length and the limit. */
    public String message(Object... details) {
        return message.formatted(details);
    }
}
