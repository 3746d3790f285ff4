package dev.reviewflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * API key secrets: {@code rf_} and 32 random bytes, recognisable in logs and secret scanners.
 * A secret with 256 bits of entropy cannot be guessed, so a plain SHA-256 is enough to store it:
 * a slow password hash would only slow every request.
 */
public final class ApiKeySecrets {

    public static final String PREFIX = "rf_";
    private static final int RANDOM_BYTES = 32;
    private static final int DISPLAY_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The form of a generated secret: the prefix and at least 32 bytes' worth of base64url. */
    private static final Pattern WELL_FORMED = Pattern.compile("rf_[A-Za-z0-9_-]{43,}");

    private ApiKeySecrets() {}

    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean looksLikeKey(String token) {
        return token.startsWith(PREFIX);
    }

    /** Whether {@code secret} has the form of a generated secret, long enough to be unguessable. */
    public static boolean isWellFormed(String secret) {
        return WELL_FORMED.matcher(secret).matches();
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The start of a secret that may be shown: enough to tell keys apart, far too little to use. */
    public static String displayPrefix(String secret) {
        return secret.substring(0, Math.min(DISPLAY_LENGTH, secret.length()));
    }

    /** Compares in time independent of where the inputs differ. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
