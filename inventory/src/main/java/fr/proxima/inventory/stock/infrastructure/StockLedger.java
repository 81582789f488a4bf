package fr.proxima.inventory.stock.infrastructure;

import fr.proxima.inventory.stock.model.ArticleKind;
import fr.proxima.inventory.stock.model.Movement;
import fr.proxima.inventory.stock.model.MovementKind;
import fr.proxima.inventory.internal.Inserts;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stock tables: levels, serialized units, the movement ledger and the article catalogue. Every method runs on
 * the caller's transaction. Writes that could make stock negative are conditional and report whether they took.
 */
@Singleton
public class StockLedger {
    private final JdbcOperations jdbc;

    StockLedger(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    // ---- articles ------------------------------------------------------------------------------------------------

    /** An article of the catalogue. */
    public record ArticleRow(long id, String code, String name, ArticleKind kind, String category, String unit,
                             int leadTimeWeeks, boolean active, long version) {
    }

    private static final String ARTICLE_COLUMNS =
            "a.id, a.code, a.name, a.kind, a.category, a.unit, a.lead_time_weeks, a.active, a.version";

    private static ArticleRow article(ResultSet rs, int from) throws SQLException {
        return new ArticleRow(rs.getLong(from), rs.getString(from + 1), rs.getString(from + 2),
                ArticleKind.valueOf(rs.getString(from + 3)), rs.getString(from + 4), rs.getString(from + 5),
                rs.getInt(from + 6), rs.getBoolean(from + 7), rs.getLong(from + 8));
    }

    public Optional<ArticleRow> article(long id) {
        return jdbc.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM inv_stock_article a WHERE a.id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(article(rs, 1)) : Optional.empty();
            }
        });
    }

    public Optional<ArticleRow> articleByCode(String code) {
        return jdbc.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM inv_stock_article a WHERE a.code = ?", ps -> {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(article(rs, 1)) : Optional.empty();
            }
        });
    }

    public List<ArticleRow> articles() {
        return jdbc.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM inv_stock_article a ORDER BY a.code", ps -> {
            List<ArticleRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(article(rs, 1));
                }
            }
            return out;
        });
    }

    /** Inserts an article; returns its id. A duplicate code fails with the database's unique-key error. */
    public long insertArticle(String code, String name, ArticleKind kind, String category, String unit,
                              int leadTimeWeeks) {
        return Inserts.returningId(jdbc, """
                INSERT INTO inv_stock_article (code, name, kind, category, unit, lead_time_weeks)
                VALUES (?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, code);
            ps.setString(2, name);
            ps.setString(3, kind.name());
            ps.setString(4, category);
            ps.setString(5, unit);
            ps.setInt(6, leadTimeWeeks);
        });
    }

    /** Updates an article if its version is {@code version}; false when it changed meanwhile. */
    public boolean updateArticle(long id, long version, String name, String category, String unit,
                                 int leadTimeWeeks, boolean active) {
        return jdbc.prepareStatement("""
                UPDATE inv_stock_article SET name = ?, category = ?, unit = ?, lead_time_weeks = ?, active = ?,
                       version = version + 1
                 WHERE id = ? AND version = ?""", ps -> {
            ps.setString(1, name);
            ps.setString(2, category);
            ps.setString(3, unit);
            ps.setInt(4, leadTimeWeeks);
            ps.setBoolean(5, active);
            ps.setLong(6, id);
            ps.setLong(7, version);
            return ps.executeUpdate() == 1;
        });
    }

    // ---- levels --------------------------------------------------------------------------------------------------

    /** What a centre holds of an article, and its threshold. */
    public record LevelRow(String centre, ArticleRow article, int quantity, int minThreshold, long version,
                           Instant updatedAt) {
    }

    /** Levels, filtered (null = any), ordered by centre then article code. */
    public List<LevelRow> levels(String centre, Long articleId, boolean belowThresholdOnly) {
        StringBuilder sql = new StringBuilder("SELECT l.centre_code, l.quantity, l.min_threshold, l.version, "
                + "l.updated_at, " + ARTICLE_COLUMNS
                + " FROM inv_stock_level l JOIN inv_stock_article a ON a.id = l.article_id WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (centre != null) {
            sql.append(" AND l.centre_code = ?");
            args.add(centre);
        }
        if (articleId != null) {
            sql.append(" AND l.article_id = ?");
            args.add(articleId);
        }
        if (belowThresholdOnly) {
            sql.append(" AND l.quantity < l.min_threshold");
        }
        sql.append(" ORDER BY l.centre_code, a.code");
        return jdbc.prepareStatement(sql.toString(), ps -> {
            bind(ps, args);
            List<LevelRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LevelRow(rs.getString(1), article(rs, 6), rs.getInt(2), rs.getInt(3), rs.getLong(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
            return out;
        });
    }

    /** Takes {@code quantity} from the centre if it holds that many; false (and nothing changed) otherwise. */
    public boolean take(String centre, long articleId, int quantity, Instant at) {
        return jdbc.prepareStatement("""
                UPDATE inv_stock_level SET quantity = quantity - ?, updated_at = ?
                 WHERE centre_code = ? AND article_id = ? AND quantity >= ?""", ps -> {
            ps.setInt(1, quantity);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, centre);
            ps.setLong(4, articleId);
            ps.setInt(5, quantity);
            return ps.executeUpdate() == 1;
        });
    }

    /** Adds {@code quantity} to what the centre holds (creating its level row). */
    public void put(String centre, long articleId, int quantity, Instant at) {
        jdbc.prepareStatement("""
                INSERT INTO inv_stock_level (centre_code, article_id, quantity, updated_at) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity), updated_at = VALUES(updated_at)""",
                ps -> {
                    ps.setString(1, centre);
                    ps.setLong(2, articleId);
                    ps.setInt(3, quantity);
                    ps.setTimestamp(4, Timestamp.from(at));
                    return ps.executeUpdate();
                });
    }

    /**
     * The quantity the centre holds now (0 when it never held the article): a locking read, which sees the latest
     * committed value rather than the transaction's snapshot (after a refused take, what another one left).
     */
    public int quantity(String centre, long articleId) {
        return jdbc.prepareStatement("SELECT quantity FROM inv_stock_level WHERE centre_code = ? AND article_id = ? "
                        + "LOCK IN SHARE MODE",
                ps -> {
                    ps.setString(1, centre);
                    ps.setLong(2, articleId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getInt(1) : 0;
                    }
                });
    }

    /**
     * Sets the threshold if its version is {@code version} (a missing level row counts as version 0 and is
     * created); returns the new version, or empty when the version is stale.
     */
    public Optional<Long> setThreshold(String centre, long articleId, int minimum, long version, Instant at) {
        int updated = jdbc.prepareStatement("""
                UPDATE inv_stock_level SET min_threshold = ?, version = version + 1, updated_at = ?
                 WHERE centre_code = ? AND article_id = ? AND version = ?""", ps -> {
            ps.setInt(1, minimum);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, centre);
            ps.setLong(4, articleId);
            ps.setLong(5, version);
            return ps.executeUpdate();
        });
        if (updated == 1) {
            return Optional.of(version + 1);
        }
        if (version != 0) {
            return Optional.empty();
        }
        int inserted = jdbc.prepareStatement("""
                INSERT IGNORE INTO inv_stock_level (centre_code, article_id, quantity, min_threshold, version, updated_at)
                VALUES (?, ?, 0, ?, 1, ?)""", ps -> {
            ps.setString(1, centre);
            ps.setLong(2, articleId);
            ps.setInt(3, minimum);
            ps.setTimestamp(4, Timestamp.from(at));
            return ps.executeUpdate();
        });
        return inserted == 1 ? Optional.of(1L) : Optional.empty();
    }

    /** The version of the threshold (0 when the level row does not exist yet). */
    public long thresholdVersion(String centre, long articleId) {
        return jdbc.prepareStatement("SELECT version FROM inv_stock_level WHERE centre_code = ? AND article_id = ?",
                ps -> {
                    ps.setString(1, centre);
                    ps.setLong(2, articleId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getLong(1) : 0L;
                    }
                });
    }

    // ---- serialized units ----------------------------------------------------------------------------------------

    /** A serialized unit held (or once held) by a centre. */
    public record UnitRow(long ciId, long articleId, String centre, String state, long version, Instant updatedAt) {
    }

    public Optional<UnitRow> unit(long ciId) {
        return jdbc.prepareStatement("""
                SELECT ci_id, article_id, centre_code, state, version, updated_at FROM inv_stock_unit WHERE ci_id = ?""",
                ps -> {
                    ps.setLong(1, ciId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(unitRow(rs)) : Optional.empty();
                    }
                });
    }

    /** The units in stock, filtered (null = any), by centre, article and CI id. */
    public List<UnitRow> unitsInStock(String centre, Long articleId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ci_id, article_id, centre_code, state, version, updated_at "
                + "FROM inv_stock_unit WHERE state = 'IN_STOCK'");
        List<Object> args = new ArrayList<>();
        if (centre != null) {
            sql.append(" AND centre_code = ?");
            args.add(centre);
        }
        if (articleId != null) {
            sql.append(" AND article_id = ?");
            args.add(articleId);
        }
        sql.append(" ORDER BY centre_code, article_id, ci_id LIMIT ").append(limit);
        return jdbc.prepareStatement(sql.toString(), ps -> {
            bind(ps, args);
            List<UnitRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(unitRow(rs));
                }
            }
            return out;
        });
    }

    private static UnitRow unitRow(ResultSet rs) throws SQLException {
        return new UnitRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getTimestamp(6).toInstant());
    }

    /**
     * The unit leaves the centre's stock: it becomes {@code newState} ({@code ISSUED} or {@code SCRAPPED}), or, for
     * a transfer ({@code newState} IN_STOCK), moves to {@code toCentre}. False when the unit is not in stock at
     * {@code fromCentre} as that article (someone took it first, or it never was there).
     */
    public boolean takeUnit(long ciId, long articleId, String fromCentre, String newState, String toCentre,
                            Instant at) {
        return jdbc.prepareStatement("""
                UPDATE inv_stock_unit SET state = ?, centre_code = ?, version = version + 1, updated_at = ?
                 WHERE ci_id = ? AND article_id = ? AND centre_code = ? AND state = 'IN_STOCK'""", ps -> {
            ps.setString(1, newState);
            ps.setString(2, toCentre != null ? toCentre : fromCentre);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setLong(4, ciId);
            ps.setLong(5, articleId);
            ps.setString(6, fromCentre);
            return ps.executeUpdate() == 1;
        });
    }

    /** The centre whose stock last held the unit (in stock there, or issued or scrapped from it), if any ever did. */
    public Optional<String> unitCentre(long ciId) {
        return jdbc.prepareStatement("SELECT centre_code FROM inv_stock_unit WHERE ci_id = ?", ps -> {
            ps.setLong(1, ciId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    /** The unit enters the centre's stock; false when it is already in stock somewhere. */
    public boolean putUnit(long ciId, long articleId, String centre, Instant at) {
        int updated = jdbc.prepareStatement("""
                UPDATE inv_stock_unit SET state = 'IN_STOCK', centre_code = ?, article_id = ?, version = version + 1,
                       updated_at = ?
                 WHERE ci_id = ? AND state <> 'IN_STOCK'""", ps -> {
            ps.setString(1, centre);
            ps.setLong(2, articleId);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setLong(4, ciId);
            return ps.executeUpdate();
        });
        if (updated == 1) {
            return true;
        }
        return jdbc.prepareStatement("""
                INSERT IGNORE INTO inv_stock_unit (ci_id, article_id, centre_code, state, updated_at)
                VALUES (?, ?, ?, 'IN_STOCK', ?)""", ps -> {
            ps.setLong(1, ciId);
            ps.setLong(2, articleId);
            ps.setString(3, centre);
            ps.setTimestamp(4, Timestamp.from(at));
            return ps.executeUpdate() == 1;
        });
    }

    // ---- movements -----------------------------------------------------------------------------------------------

    /** A movement of the ledger, as stored. */
    public record MovementRow(long id, MovementKind kind, long articleId, Long ciId, int quantity, String fromCentre,
                              String toCentre, Long siteId, String communeCode, String supplier, String purchaseRef,
                              Long ticketId, Long interventionId, String reason, String actor, Instant occurredAt,
                              String requestHash) {
    }

    private static final String MOVEMENT_COLUMNS = "id, kind, article_id, ci_id, quantity, from_centre, to_centre, "
            + "site_id, commune_code, supplier, purchase_ref, ticket_id, intervention_id, reason, actor, occurred_at, "
            + "request_hash";

    /**
     * Inserts the movement with its idempotency key (if any). A second insert with the same (principal, key) waits
     * for the first transaction and then fails with the database's unique-key error.
     */
    public long insertMovement(Movement m, String communeCode, String actor, Instant at, String idemPrincipal,
                               String idemKey, String requestHash) {
        return Inserts.returningId(jdbc, "INSERT INTO inv_stock_movement (kind, article_id, ci_id, quantity, from_centre, "
                + "to_centre, site_id, commune_code, supplier, purchase_ref, ticket_id, intervention_id, reason, actor, "
                + "occurred_at, idem_principal, idem_key, request_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?)", ps -> {
            ps.setString(1, m.kind().name());
            ps.setLong(2, m.articleId());
            setLong(ps, 3, m.ciId());
            ps.setInt(4, m.quantity());
            ps.setString(5, m.fromCentre());
            ps.setString(6, m.toCentre());
            setLong(ps, 7, m.siteId());
            ps.setString(8, communeCode);
            ps.setString(9, m.supplier());
            ps.setString(10, m.purchaseRef());
            setLong(ps, 11, m.ticketId());
            setLong(ps, 12, m.interventionId());
            ps.setString(13, m.reason());
            ps.setString(14, actor);
            ps.setTimestamp(15, Timestamp.from(at));
            ps.setString(16, idemKey == null ? null : idemPrincipal);
            ps.setString(17, idemKey);
            ps.setString(18, idemKey == null ? null : requestHash);
        });
    }

    public Optional<MovementRow> movement(long id) {
        return jdbc.prepareStatement("SELECT " + MOVEMENT_COLUMNS + " FROM inv_stock_movement WHERE id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(movementRow(rs)) : Optional.empty();
            }
        });
    }

    /**
     * The movement a principal made with an idempotency key. A plain (non-locking) read: a locking one would take
     * gap locks that make two concurrent first attempts deadlock on their inserts; the insert's unique key is what
     * serialises them.
     */
    public Optional<MovementRow> movementByKey(String principal, String key) {
        return jdbc.prepareStatement("SELECT " + MOVEMENT_COLUMNS
                + " FROM inv_stock_movement WHERE idem_principal = ? AND idem_key = ?", ps -> {
            ps.setString(1, principal);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(movementRow(rs)) : Optional.empty();
            }
        });
    }

    /** Search criteria of the ledger; null fields do not filter. {@code centre} matches either end. */
    public record MovementCriteria(String centre, Long articleId, MovementKind kind, Long ticketId, Long ciId,
                                   Instant from, Instant to) {
    }

    /** A page of movements, newest first ({@code size + 1} rows to tell whether more follow). */
    public List<MovementRow> movements(MovementCriteria c, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT " + MOVEMENT_COLUMNS + " FROM inv_stock_movement WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (c.centre() != null) {
            sql.append(" AND (from_centre = ? OR to_centre = ?)");
            args.add(c.centre());
            args.add(c.centre());
        }
        if (c.articleId() != null) {
            sql.append(" AND article_id = ?");
            args.add(c.articleId());
        }
        if (c.kind() != null) {
            sql.append(" AND kind = ?");
            args.add(c.kind().name());
        }
        if (c.ticketId() != null) {
            sql.append(" AND ticket_id = ?");
            args.add(c.ticketId());
        }
        if (c.ciId() != null) {
            sql.append(" AND ci_id = ?");
            args.add(c.ciId());
        }
        if (c.from() != null) {
            sql.append(" AND occurred_at >= ?");
            args.add(Timestamp.from(c.from()));
        }
        if (c.to() != null) {
            sql.append(" AND occurred_at < ?");
            args.add(Timestamp.from(c.to()));
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?");
        args.add(size + 1);
        args.add((long) page * size);
        return jdbc.prepareStatement(sql.toString(), ps -> {
            bind(ps, args);
            List<MovementRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(movementRow(rs));
                }
            }
            return out;
        });
    }

    /** Net consumption per centre and article since {@code since}: issued + scrapped − returned. */
    public record Consumption(String centre, long articleId, int quantity) {
    }

    public List<Consumption> consumptionSince(Instant since, Long articleId) {
        String articleFilter = articleId == null ? "" : " AND article_id = ?";
        String sql = "SELECT centre, article_id, SUM(q) FROM ("
                + " SELECT from_centre AS centre, article_id, quantity AS q FROM inv_stock_movement"
                + "  WHERE kind IN ('ISSUE', 'SCRAP') AND occurred_at >= ?" + articleFilter
                + " UNION ALL"
                + " SELECT to_centre, article_id, -quantity FROM inv_stock_movement"
                + "  WHERE kind = 'RETURN' AND occurred_at >= ?" + articleFilter
                + ") c GROUP BY centre, article_id";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            ps.setTimestamp(i++, Timestamp.from(since));
            if (articleId != null) {
                ps.setLong(i++, articleId);
            }
            ps.setTimestamp(i++, Timestamp.from(since));
            if (articleId != null) {
                ps.setLong(i, articleId);
            }
            List<Consumption> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Consumption(rs.getString(1), rs.getLong(2), rs.getInt(3)));
                }
            }
            return out;
        });
    }

    private static MovementRow movementRow(ResultSet rs) throws SQLException {
        return new MovementRow(rs.getLong(1), MovementKind.valueOf(rs.getString(2)), rs.getLong(3), getLong(rs, 4),
                rs.getInt(5), rs.getString(6), rs.getString(7), getLong(rs, 8), rs.getString(9), rs.getString(10),
                rs.getString(11), getLong(rs, 12), getLong(rs, 13), rs.getString(14), rs.getString(15),
                rs.getTimestamp(16).toInstant(), rs.getString(17));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static Long getLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof String s) {
                ps.setString(i + 1, s);
            } else if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (a instanceof Timestamp t) {
                ps.setTimestamp(i + 1, t);
            } else {
                throw new IllegalArgumentException("unsupported parameter " + a);
            }
        }
    }
}
