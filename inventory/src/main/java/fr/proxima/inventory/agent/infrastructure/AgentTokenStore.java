package fr.proxima.inventory.agent.infrastructure;

import fr.proxima.inventory.internal.Inserts;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Agent tokens: inserted, found by the hash of their secret, revoked; never deleted. */
@Singleton
public class AgentTokenStore {
    private final JdbcOperations jdbc;

    AgentTokenStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A token as stored (never its secret). */
    public record TokenRow(long id, String communeCode, String label, String hint, String createdBy,
                           Instant createdAt, String revokedBy, Instant revokedAt, String revokedReason,
                           Instant lastUsedAt, long inventories) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    private static final String COLUMNS = "id, commune_code, label, hint, created_by, created_at, revoked_by, "
            + "revoked_at, revoked_reason, last_used_at, inventories";

    public long insert(String commune, String label, String hash, String hint, String createdBy, Instant at) {
        return Inserts.returningId(jdbc, """
                INSERT INTO inv_agent_token (commune_code, label, token_hash, hint, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, commune);
            ps.setString(2, label);
            ps.setString(3, hash);
            ps.setString(4, hint);
            ps.setString(5, createdBy);
            ps.setTimestamp(6, Timestamp.from(at));
        });
    }

    /** The active token with that hash. */
    public Optional<TokenRow> activeByHash(String hash) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM inv_agent_token WHERE token_hash = ? "
                + "AND revoked_at IS NULL", ps -> {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        });
    }

    public Optional<TokenRow> byId(long id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM inv_agent_token WHERE id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        });
    }

    /** The tokens of a commune (or all when null), newest first. */
    public List<TokenRow> list(String commune) {
        String sql = "SELECT " + COLUMNS + " FROM inv_agent_token"
                + (commune == null ? "" : " WHERE commune_code = ?") + " ORDER BY created_at DESC, id DESC LIMIT 1000";
        return jdbc.prepareStatement(sql, ps -> {
            if (commune != null) {
                ps.setString(1, commune);
            }
            List<TokenRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
    }

    /** Revokes the token if still active; false when it already was. */
    public boolean revoke(long id, String by, String reason, Instant at) {
        return jdbc.prepareStatement("UPDATE inv_agent_token SET revoked_by = ?, revoked_at = ?, revoked_reason = ? "
                + "WHERE id = ? AND revoked_at IS NULL", ps -> {
            ps.setString(1, by);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, reason);
            ps.setLong(4, id);
            return ps.executeUpdate() == 1;
        });
    }

    /** Counts {@code inventories} more inventories received with the token and notes when it was last used. */
    public void used(long id, long inventories, Instant at) {
        jdbc.prepareStatement("UPDATE inv_agent_token SET last_used_at = ?, inventories = inventories + ? WHERE id = ?",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(at));
                    ps.setLong(2, inventories);
                    ps.setLong(3, id);
                    return ps.executeUpdate();
                });
    }

    private static TokenRow row(ResultSet rs) throws SQLException {
        return new TokenRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getString(7), instant(rs.getTimestamp(8)), rs.getString(9),
                instant(rs.getTimestamp(10)), rs.getLong(11));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
