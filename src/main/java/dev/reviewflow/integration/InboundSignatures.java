package dev.reviewflow.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookVerificationException;

/**
 * Checks that an inbound event comes from the workspace's help-desk, the way each one signs.
 * Every comparison takes constant time; a failure says nothing of what failed.
 */
final class InboundSignatures {

    /** How far a signed timestamp may be from now (Chatwoot; the Standard Webhooks library has its own five minutes). */
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    static final String ZAMMAD_SIGNATURE = "X-Hub-Signature";
    static final String CHATWOOT_SIGNATURE = "X-Chatwoot-Signature";
    static final String CHATWOOT_TIMESTAMP = "X-Chatwoot-Timestamp";

    private InboundSignatures() {}

    /**
     * Whether the request is signed with {@code secret}.
     *
     * @param headers the request headers (names in any case)
     * @param token the URL's {@code token} query parameter, for a Chatwoot that does not sign
     */
    static boolean verify(
            HelpDesk system, String secret, byte[] body, Map<String, List<String>> headers, String token, Clock clock) {
        return switch (system) {
            case ZAMMAD -> zammad(secret, body, header(headers, ZAMMAD_SIGNATURE));
            case CHATWOOT -> chatwoot(secret, body, headers, token, clock);
            case GENERIC -> standardWebhooks(secret, body, headers);
        };
    }

    /** Zammad's webhook "Signature Token": {@code X-Hub-Signature: sha1=<hex HMAC-SHA1 of the body>}. */
    private static boolean zammad(String secret, byte[] body, String signature) {
        return signature != null && same("sha1=" + hex(hmac("HmacSHA1", secret, body)), signature);
    }

    /**
     * Chatwoot signs {@code <timestamp>.<body>} with HMAC-SHA256 in
     * {@code X-Chatwoot-Signature: sha256=<hex>} and sends the timestamp (Unix seconds) in
     * {@code X-Chatwoot-Timestamp}. A Chatwoot that does not sign names the secret in the URL's
     * {@code token} instead; a signed request is judged by its signature alone.
     */
    private static boolean chatwoot(
            String secret, byte[] body, Map<String, List<String>> headers, String token, Clock clock) {
        String signature = header(headers, CHATWOOT_SIGNATURE);
        if (signature == null) {
            return token != null && same(secret, token);
        }
        String timestamp = header(headers, CHATWOOT_TIMESTAMP);
        if (timestamp == null || !fresh(timestamp, clock)) {
            return false;
        }
        byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        return same("sha256=" + hex(hmac("HmacSHA256", secret, signed)), signature);
    }

    /** The generic format: Standard Webhooks headers, verified by the specification's own library. */
    private static boolean standardWebhooks(String secret, byte[] body, Map<String, List<String>> headers) {
        try {
            new Webhook(secret).verify(new String(body, StandardCharsets.UTF_8), headers);
            return true;
        } catch (WebhookVerificationException | EmptyWebhookSecretException e) {
            return false;
        }
    }

    private static boolean fresh(String timestamp, Clock clock) {
        try {
            long seconds = Long.parseLong(timestamp.strip());
            return Math.abs(clock.instant().getEpochSecond() - seconds) <= TOLERANCE.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst()
                .orElse(null);
    }

    private static byte[] hmac(String algorithm, String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** Constant-time comparison (MessageDigest.isEqual does not stop at the first difference). */
    private static boolean same(String expected, String given) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.strip().getBytes(StandardCharsets.UTF_8));
    }
}
