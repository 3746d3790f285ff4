package dev.reviewflow.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Signing secrets in the Standard Webhooks form: {@code whsec_} and the base64 of 32 random
 * bytes, the key length HMAC-SHA256 works with. Receivers' libraries take the string as it is.
 */
public final class WebhookSecrets {

    public static final String PREFIX = "whsec_";
    static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {}

    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }
}
