package fr.proxima.itsm.idempotency;

import fr.proxima.organisation.ProblemException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * Runs a creation at most once per (principal, key): see the package documentation for the protocol.
 * Must run in the creating transaction (it joins the caller's, or opens one).
 */
@Singleton
public class IdempotencyKeys {
    /** The key was already used for another request (other body, or another kind of resource). */
    public static final String KEY_REUSED = "ITSM-2090";
    /** The key itself is malformed. */
    public static final String KEY_INVALID = "ITSM-2091";
    /** Header name, as in the IETF draft "The Idempotency-Key HTTP Header Field". */
    public static final String HEADER = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");

    private final JdbcOperations jdbc;

    IdempotencyKeys(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A 400 problem when a key is present but malformed (1 to 255 visible ASCII characters). */
    public static void checkKey(String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw ProblemException.invalidField(KEY_INVALID, HEADER, "invalid",
                    "La clé d'idempotence doit compter 1 à 255 caractères ASCII visibles");
        }
    }

    /**
     * Creates the resource unless this principal already used this key: then returns the first resource
     * ({@code replay} loads it by id) when the request is the same, or a 422 problem when it is not.
     *
     * @param principal    who sends the request (username)
     * @param key          the client's idempotency key
     * @param resourceType what is created ({@code ticket}, {@code call}...)
     * @param requestHash  {@link RequestHash} of the canonical request
     * @param create       the creation, run in the current transaction
     * @param idOf         the id of what {@code create} produced
     * @param replay       loads the resource created by the first request
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRED)
    public <T> IdempotentResult<T> execute(String principal, String key, String resourceType, String requestHash,
                                           Supplier<T> create, ToLongFunction<T> idOf, LongFunction<T> replay) {
        checkKey(key);
        Instant now = Instant.now();
        int inserted = jdbc.prepareStatement("""
                INSERT IGNORE INTO itsm_idempotency_key (principal, idem_key, request_hash, resource_type, created_at)
                VALUES (?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, principal);
            ps.setString(2, key);
            ps.setString(3, requestHash);
            ps.setString(4, resourceType);
            ps.setTimestamp(5, Timestamp.from(now));
            return ps.executeUpdate();
        });
        if (inserted == 1) {
            T value = create.get();
            long id = idOf.applyAsLong(value);
            jdbc.prepareStatement("""
                    UPDATE itsm_idempotency_key SET resource_id = ? WHERE principal = ? AND idem_key = ?""", ps -> {
                ps.setLong(1, id);
                ps.setString(2, principal);
                ps.setString(3, key);
                return ps.executeUpdate();
            });
            return new IdempotentResult<>(value, false);
        }
        Stored stored = jdbc.prepareStatement("""
                SELECT request_hash, resource_type, resource_id FROM itsm_idempotency_key
                 WHERE principal = ? AND idem_key = ? LOCK IN SHARE MODE""", ps -> {
            ps.setString(1, principal);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Stored.of(rs) : null;
            }
        });
        if (stored == null || stored.resourceId() == null) {
            // cannot happen while the key row and the creation commit together; refuse rather than create twice
            throw new ProblemException(409, KEY_REUSED, "Requête en cours de traitement",
                    "Une requête avec cette clé d'idempotence est en cours ; réessayez");
        }
        if (!stored.requestHash().equals(requestHash) || !stored.resourceType().equals(resourceType)) {
            throw new ProblemException(422, KEY_REUSED, "Clé d'idempotence déjà utilisée",
                    "Cette clé d'idempotence a déjà servi pour une autre requête", List.of(),
                    Map.of("idempotencyKey", key));
        }
        return new IdempotentResult<>(replay.apply(stored.resourceId()), true);
    }

    /**
     * Deletes the keys created before {@code before}, at most {@code limit} of them (a batch: call again while it
     * returns {@code limit}). A retry arriving after its key was purged creates a new resource: the retention must
     * exceed any client's retry horizon.
     */
    @Transactional
    public int purgeCreatedBefore(Instant before, int limit) {
        return jdbc.prepareStatement("DELETE FROM itsm_idempotency_key WHERE created_at < ? ORDER BY created_at LIMIT ?",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(before));
                    ps.setInt(2, limit);
                    return ps.executeUpdate();
                });
    }

    private record Stored(String requestHash, String resourceType, Long resourceId) {
        static Stored of(ResultSet rs) throws SQLException {
            long id = rs.getLong(3);
            return new Stored(rs.getString(1), rs.getString(2), rs.wasNull() ? null : id);
        }
    }
}
