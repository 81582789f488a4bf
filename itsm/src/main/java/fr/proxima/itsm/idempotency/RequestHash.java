package fr.proxima.itsm.idempotency;

import fr.proxima.organisation.IdempotentCreations;

import java.nio.charset.StandardCharsets;

/** SHA-256 (hex) of a canonical rendering of a request, to tell "the same request again" from "another one". */
public final class RequestHash {
    private RequestHash() {
    }

    public static String of(byte[] canonical) {
        return IdempotentCreations.hash(canonical);
    }

    public static String of(String canonical) {
        return of(canonical.getBytes(StandardCharsets.UTF_8));
    }
}
