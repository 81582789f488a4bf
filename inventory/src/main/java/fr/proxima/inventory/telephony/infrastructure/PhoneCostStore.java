package fr.proxima.inventory.telephony.infrastructure;

import fr.proxima.inventory.internal.Inserts;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Imports and cost lines of mobile telephony. Reads take the commune filter of the caller's scope. */
@Singleton
public class PhoneCostStore {
    private final JdbcOperations jdbc;

    PhoneCostStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** An import of one operator's month. */
    public record ImportRow(long id, String operator, String period, String fileSha256, String fileName, int lines,
                            int unknown, BigDecimal total, String importedBy, Instant importedAt) {
    }

    /** A cost line to store. */
    public record NewCost(String lineNumber, BigDecimal amount, String label, Long ciId, String communeCode,
                          int csvLine) {
    }

    /** Deletes the import of that operator and month (its lines go with it); true when there was one. */
    public boolean deleteImport(String operator, String period) {
        return jdbc.prepareStatement("DELETE FROM inv_phone_import WHERE operator = ? AND period = ?", ps -> {
            ps.setString(1, operator);
            ps.setString(2, period);
            return ps.executeUpdate() > 0;
        });
    }

    public long insertImport(String operator, String period, String sha, String fileName, int lines, int unknown,
                             BigDecimal total, String by, Instant at) {
        return Inserts.returningId(jdbc, """
                INSERT INTO inv_phone_import (operator, period, file_sha256, file_name, line_count, unknown_count,
                                              total_amount, imported_by, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, operator);
            ps.setString(2, period);
            ps.setString(3, sha);
            ps.setString(4, fileName);
            ps.setInt(5, lines);
            ps.setInt(6, unknown);
            ps.setBigDecimal(7, total);
            ps.setString(8, by);
            ps.setTimestamp(9, Timestamp.from(at));
        });
    }

    /** Inserts the cost lines in batches. */
    public void insertCosts(long importId, String period, List<NewCost> costs) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO inv_phone_cost (import_id, period, line_number, amount, label, ci_id, commune_code, csv_line)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int n = 0;
                for (NewCost cost : costs) {
                    ps.setLong(1, importId);
                    ps.setString(2, period);
                    ps.setString(3, cost.lineNumber());
                    ps.setBigDecimal(4, cost.amount());
                    ps.setString(5, cost.label());
                    if (cost.ciId() == null) {
                        ps.setNull(6, Types.BIGINT);
                    } else {
                        ps.setLong(6, cost.ciId());
                    }
                    ps.setString(7, cost.communeCode());
                    ps.setInt(8, cost.csvLine());
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static final String IMPORT_COLUMNS = "id, operator, period, file_sha256, file_name, line_count, "
            + "unknown_count, total_amount, imported_by, imported_at";

    public List<ImportRow> imports() {
        return jdbc.prepareStatement("SELECT " + IMPORT_COLUMNS + " FROM inv_phone_import ORDER BY period DESC, "
                + "operator LIMIT 500", ps -> {
            List<ImportRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ImportRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getBigDecimal(8), rs.getString(9),
                            rs.getTimestamp(10).toInstant()));
                }
            }
            return out;
        });
    }

    /** Cost per line of a month (summed over the line's rows), scoped. */
    public record LineCost(String period, String lineNumber, Long ciId, String communeCode, BigDecimal amount,
                           int rows) {
    }

    /**
     * The cost of each line in a month; {@code commune} filters (null = any), {@code unknownOnly} keeps the lines
     * without a known CI. {@code scopeCommune} is the caller's commune filter (a commune viewer), applied in SQL.
     */
    public List<LineCost> lines(String period, String commune, boolean unknownOnly, String scopeCommune, int limit) {
        StringBuilder sql = new StringBuilder("SELECT period, line_number, ci_id, commune_code, SUM(amount), COUNT(*) "
                + "FROM inv_phone_cost WHERE period = ?");
        List<String> args = new ArrayList<>();
        args.add(period);
        communeFilters(sql, args, scopeCommune, commune);
        if (unknownOnly) {
            sql.append(" AND ci_id IS NULL");
        }
        sql.append(" GROUP BY period, line_number, ci_id, commune_code ORDER BY line_number LIMIT ").append(limit);
        return jdbc.prepareStatement(sql.toString(), ps -> {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            List<LineCost> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long ciValue = rs.getLong(3);
                    Long ci = rs.wasNull() ? null : ciValue;
                    out.add(new LineCost(rs.getString(1), rs.getString(2), ci, rs.getString(4),
                            rs.getBigDecimal(5), rs.getInt(6)));
                }
            }
            return out;
        });
    }

    /** The caller's scope filter (a commune viewer's commune) and the asked commune, both in SQL. */
    private static void communeFilters(StringBuilder sql, List<String> args, String scopeCommune, String commune) {
        for (String c : new String[]{scopeCommune, commune}) {
            if (c != null) {
                sql.append(" AND commune_code = ?");
                args.add(c);
            }
        }
    }

    /** A total per commune (null commune: lines without a known CI) and month. */
    public record CommuneMonth(String communeCode, String period, BigDecimal amount, int lines) {
    }

    public List<CommuneMonth> totals(String fromPeriod, String toPeriod, String commune, String scopeCommune) {
        StringBuilder sql = new StringBuilder("SELECT commune_code, period, SUM(amount), COUNT(DISTINCT line_number) "
                + "FROM inv_phone_cost WHERE period >= ? AND period <= ?");
        List<String> args = new ArrayList<>(List.of(fromPeriod, toPeriod));
        communeFilters(sql, args, scopeCommune, commune);
        sql.append(" GROUP BY commune_code, period ORDER BY period, commune_code");
        return jdbc.prepareStatement(sql.toString(), ps -> {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            List<CommuneMonth> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CommuneMonth(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4)));
                }
            }
            return out;
        });
    }

    /** The mobile-phone CIs carrying these line numbers (ten digits), by number. */
    public record LineOwner(long ciId, String communeCode) {
    }

    /**
     * Reads the CMDB's {@code inv_ci.line_number} (a generated column of the CI feature, indexed, holding the ten
     * digits) for mobile phones. A read of a sibling feature's table inside the module, in batches of 500.
     */
    public Map<String, LineOwner> owners(Collection<String> numbers) {
        Map<String, LineOwner> out = new HashMap<>();
        List<String> all = new ArrayList<>(numbers);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.prepareStatement("SELECT line_number, id, commune_code FROM inv_ci WHERE type = 'MOBILE_PHONE' "
                    + "AND line_number IN (" + marks + ")", ps -> {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new LineOwner(rs.getLong(2), rs.getString(3)));
                    }
                }
                return null;
            });
        }
        return out;
    }

}
