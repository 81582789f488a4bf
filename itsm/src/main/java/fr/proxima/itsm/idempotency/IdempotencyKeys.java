package fr.proxima.itsm.idempotency;

import fr.proxima.organisation.IdempotentCreations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Runs a creation at most once per (principal, key) in {@code itsm_idempotency_key}: the protocol is the shared
 * kernel's {@link IdempotentCreations} (see also the package documentation); this bean gives it itsm's table,
 * codes and transactions. Must run in the creating transaction (it joins the caller's, or opens one).
 */
@Singleton
public class IdempotencyKeys {
    /** The key was already used for another request (other body, or another kind of resource). */
    public static final String KEY_REUSED = "ITSM-2090";
    /** The key itself is malformed. */
    public static final String KEY_INVALID = "ITSM-2091";
    /** Header name, as in the IETF draft "The Idempotency-Key HTTP Header Field". */
    public static final String HEADER = IdempotentCreations.HEADER;

    private final IdempotentCreations creations;

    IdempotencyKeys(JdbcOperations jdbc) {
        this.creations = new IdempotentCreations(jdbc, "itsm_idempotency_key", KEY_REUSED, KEY_INVALID);
    }

    /** A 400 problem when a key is present but malformed (1 to 255 visible ASCII characters). */
    public static void checkKey(String key) {
        IdempotentCreations.checkKey(key, KEY_INVALID);
    }

    /**
     * Creates the resource unless this principal already used this key: then returns the first resource
     * ({@code replay} loads it by id) when the request is the same, or a 422 problem when it is not.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRED)
    public <T> IdempotentResult<T> execute(String principal, String key, String resourceType, String requestHash,
                                           Supplier<T> create, ToLongFunction<T> idOf, LongFunction<T> replay) {
        IdempotentCreations.Result<T> r = creations.execute(principal, key, resourceType, requestHash, create, idOf,
                replay);
        return new IdempotentResult<>(r.value(), r.replayed());
    }

    /** Deletes at most {@code limit} keys created before {@code before} (see {@link IdempotentCreations}). */
    @Transactional
    public int purgeCreatedBefore(Instant before, int limit) {
        return creations.purgeCreatedBefore(before, limit);
    }
}
