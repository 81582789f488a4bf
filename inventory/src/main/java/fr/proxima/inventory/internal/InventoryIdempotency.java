package fr.proxima.inventory.internal;

import fr.proxima.organisation.IdempotentCreations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Creations of the inventory that a client may retry ({@code Idempotency-Key}): the shared kernel's protocol
 * ({@link IdempotentCreations}) on the module's own table {@code inv_idempotency_key}, with the codes
 * {@code INV-3090} (key reused for another request, 422) and {@code INV-3091} (malformed key, 400).
 */
@Singleton
public class InventoryIdempotency {
    public static final String HEADER = IdempotentCreations.HEADER;

    private final IdempotentCreations creations;

    InventoryIdempotency(JdbcOperations jdbc) {
        this.creations = new IdempotentCreations(jdbc, "inv_idempotency_key", InvProblems.KEY_REUSED,
                InvProblems.KEY_INVALID);
    }

    public static void checkKey(String key) {
        IdempotentCreations.checkKey(key, InvProblems.KEY_INVALID);
    }

    public static String hash(byte[] canonicalRequest) {
        return IdempotentCreations.hash(canonicalRequest);
    }

    /** Creates at most once per (principal, key); joins the caller's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRED)
    public <T> IdempotentCreations.Result<T> execute(String principal, String key, String resourceType,
                                                     String requestHash, Supplier<T> create, ToLongFunction<T> idOf,
                                                     LongFunction<T> replay) {
        return creations.execute(principal, key, resourceType, requestHash, create, idOf, replay);
    }
}
