package dev.reviewflow.reply.guard;

import java.util.List;

/**
 * What the reply guard knows about where a reply goes.
 *
 * @param maxLength longest reply the channel takes, in code points; null when there is no limit
 * @param customerName the customer's name, which must not appear in public; may be null
 * @param customerContacts the customer's own e-mail address and phone number; always reported
 * @param allowedContacts the business's own public e-mail addresses and phone numbers, which a reply may show
 */
public record GuardContext(
        Integer maxLength, String customerName, List<String> customerContacts, List<String> allowedContacts) {

    public GuardContext {
        customerContacts = present(customerContacts);
        allowedContacts = present(allowedContacts);
    }

    /** No length limit, no customer, no contacts of the business. */
    public static GuardContext none() {
        return new GuardContext(null, null, List.of(), List.of());
    }

    // A blank contact would match everywhere or nowhere: neither is meant, so it is dropped.
    private static List<String> present(List<String> contacts) {
        return contacts == null
                ? List.of()
                : contacts.stream()
                        .filter(contact -> contact != null && !contact.isBlank())
                        .map(String::strip)
                        .toList();
    }
}
