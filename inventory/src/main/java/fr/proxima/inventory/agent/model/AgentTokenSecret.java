package fr.proxima.inventory.agent.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An agent token's secret: {@code pxa_} and 43 base64url characters (256 random bits). Only its SHA-256 is stored:
 * a fast hash is enough for a random 256-bit secret (no dictionary to try, unlike a password) and lets the server
 * find the token by an index on the hash at every inventory. The clear secret is shown once, at creation.
 */
public record AgentTokenSecret(String value) {
    public static final String PREFIX = "pxa_";
    private static final Pattern FORMAT = Pattern.compile("^pxa_[A-Za-z0-9_-]{43}$");

    public AgentTokenSecret {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an agent token");
        }
    }

    public static boolean looksLikeOne(String s) {
        return s != null && FORMAT.matcher(s).matches();
    }

    public static AgentTokenSecret generate(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new AgentTokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The SHA-256 of the secret, in hex: what is stored and looked up. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** The first characters, kept in clear to tell tokens apart in a list. */
    public String hint() {
        return value.substring(0, 10);
    }

    @Override
    public String toString() {
        return hint() + "…";
    }
}
