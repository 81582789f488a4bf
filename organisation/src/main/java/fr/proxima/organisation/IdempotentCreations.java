package fr.proxima.organisation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * Runs a creation at most once per (principal, {@code Idempotency-Key}), in a key table of the calling module
 * (e.g. {@code itsm_idempotency_key}, {@code inv_idempotency_key}: columns {@code principal, idem_key,
 * request_hash, resource_type, resource_id, created_at} with a unique key on {@code (principal, idem_key)}).
 *
 * <p>The protocol: the key row is inserted <em>first</em> in the creating transaction ({@code INSERT IGNORE} on
 * the unique key); the creation follows and the row is completed with the created resource's id in the same
 * transaction, so both commit or neither does. A concurrent retry with the same key blocks on the unique key until
 * the first transaction ends: if it committed, the retry finds the row (a locking read sees the latest committed
 * version) and answers with the first resource; if it rolled back, the retry creates the resource itself. The same
 * key with another request (other hash) or for another kind of resource is refused (422). Each module keeps its
 * own table and error codes; this class holds the protocol once. It does not open transactions: the module's bean
 * that calls it does ({@code @Transactional}).
 */
public final class IdempotentCreations {
    /** Header name, as in the IETF draft "The Idempotency-Key HTTP Header Field". */
    public static final String HEADER = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");
    private static final Pattern TABLE = Pattern.compile("^[a-z][a-z0-9_]{1,63}$");

    /** What a creation produced, and whether an earlier request with the same key produced it. */
    public record Result<T>(T value, boolean replayed) {
    }

    private final JdbcOperations jdbc;
    private final String table;
    private final String keyReusedCode;
    private final String keyInvalidCode;

    /**
     * @param table          the module's key table
     * @param keyReusedCode  problem code when a key is reused for another request (422)
     * @param keyInvalidCode problem code of a malformed key (400)
     */
    public IdempotentCreations(JdbcOperations jdbc, String table, String keyReusedCode, String keyInvalidCode) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = Objects.requireNonNull(jdbc);
        this.table = table;
        this.keyReusedCode = keyReusedCode;
        this.keyInvalidCode = keyInvalidCode;
    }

    /** SHA-256 (hex) of a canonical rendering of a request, to tell "the same request again" from "another one". */
    public static String hash(byte[] canonicalRequest) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalRequest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** A 400 problem when a key is present but malformed (1 to 255 visible ASCII characters). */
    public void checkKey(String key) {
        checkKey(key, keyInvalidCode);
    }

    /** A 400 problem with {@code invalidCode} when a key is present but malformed. */
    public static void checkKey(String key, String invalidCode) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw ProblemException.invalidField(invalidCode, HEADER, "invalid",
                    "La clé d'idempotence doit compter 1 à 255 caractères ASCII visibles");
        }
    }

    /**
     * Creates the resource unless this principal already used this key: then returns the first resource
     * ({@code replay} loads it by id) when the request is the same, or a 422 problem when it is not. Must run in
     * the creating transaction.
     *
     * @param principal    who sends the request (username)
     * @param key          the client's idempotency key
     * @param resourceType what is created ({@code ticket}, {@code ci}...)
     * @param requestHash  SHA-256 of the canonical request
     * @param create       the creation, run in the current transaction
     * @param idOf         the id of what {@code create} produced
     * @param replay       loads the resource created by the first request
     */
    public <T> Result<T> execute(String principal, String key, String resourceType, String requestHash,
                                 Supplier<T> create, ToLongFunction<T> idOf, LongFunction<T> replay) {
        checkKey(key);
        int inserted = jdbc.prepareStatement("INSERT IGNORE INTO " + table
                + " (principal, idem_key, request_hash, resource_type, created_at) VALUES (?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, principal);
                    ps.setString(2, key);
                    ps.setString(3, requestHash);
                    ps.setString(4, resourceType);
                    ps.setTimestamp(5, Timestamp.from(Instant.now()));
                    return ps.executeUpdate();
                });
        if (inserted == 1) {
            T value = create.get();
            long id = idOf.applyAsLong(value);
            jdbc.prepareStatement("UPDATE " + table + " SET resource_id = ? WHERE principal = ? AND idem_key = ?",
                    ps -> {
                        ps.setLong(1, id);
                        ps.setString(2, principal);
                        ps.setString(3, key);
                        return ps.executeUpdate();
                    });
            return new Result<>(value, false);
        }
        Stored stored = jdbc.prepareStatement("SELECT request_hash, resource_type, resource_id FROM " + table
                + " WHERE principal = ? AND idem_key = ? LOCK IN SHARE MODE", ps -> {
                    ps.setString(1, principal);
                    ps.setString(2, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Stored.of(rs) : null;
                    }
                });
        if (stored == null || stored.resourceId() == null) {
            // cannot happen while the key row and the creation commit together; refuse rather than create twice
            throw new ProblemException(409, keyReusedCode, "Requête en cours de traitement",
                    "Une requête avec cette clé d'idempotence est en cours ; réessayez");
        }
        if (!stored.requestHash().equals(requestHash) || !stored.resourceType().equals(resourceType)) {
            throw new ProblemException(422, keyReusedCode, "Clé d'idempotence déjà utilisée",
                    "Cette clé d'idempotence a déjà servi pour une autre requête", List.of(),
                    Map.of("idempotencyKey", key));
        }
        return new Result<>(replay.apply(stored.resourceId()), true);
    }

    /**
     * Deletes the keys created before {@code before}, at most {@code limit} of them (a batch: call again while it
     * returns {@code limit}). A retry arriving after its key was purged creates a new resource: the retention must
     * exceed any client's retry horizon.
     */
    public int purgeCreatedBefore(Instant before, int limit) {
        return jdbc.prepareStatement("DELETE FROM " + table + " WHERE created_at < ? ORDER BY created_at LIMIT ?",
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
