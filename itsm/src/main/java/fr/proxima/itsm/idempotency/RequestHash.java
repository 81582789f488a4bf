package fr.proxima.itsm.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 (hex) of a canonical rendering of a request, to tell "the same request again" from "another one". */
public final class RequestHash {
    private RequestHash() {
    }

    public static String of(byte[] canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    public static String of(String canonical) {
        return of(canonical.getBytes(StandardCharsets.UTF_8));
    }
}
