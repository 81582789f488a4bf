package fr.proxima.inventory.ci.infrastructure;

import fr.proxima.inventory.ci.model.CiStatus;
import fr.proxima.inventory.ci.model.CiType;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The WHERE clause of a CI search from the criteria and the scope's commune, with bound parameters only (no value
 * is ever concatenated into the SQL). Equality filters hit the indexes (asset tag, serial, commune + asset tag,
 * site, person); each {@code q} word must appear in one of the identifiers, the model or the notes (a substring
 * match, evaluated on the rows the other filters leave: a commune's CIs are a few thousand, the whole base tens of
 * thousands of short rows, see docs/benchmarks.md).
 */
final class CiSearchSql {
    final String where;
    final List<Object> params;

    private CiSearchSql(String where, List<Object> params) {
        this.where = where;
        this.params = params;
    }

    static CiSearchSql of(CiCriteria c, String scopeCommune) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        List<Object> p = new ArrayList<>();
        if (scopeCommune != null) {
            w.append(" AND c.commune_code = ?");
            p.add(scopeCommune);
        }
        if (c.commune() != null) {
            w.append(" AND c.commune_code = ?");
            p.add(c.commune());
        }
        if (c.assetTag() != null) {
            w.append(" AND c.asset_tag = ?");
            p.add(c.assetTag());
        }
        if (c.serial() != null) {
            w.append(" AND c.serial_number = ?");
            p.add(c.serial());
        }
        if (c.site() != null) {
            w.append(" AND c.site_id = ?");
            p.add(c.site());
        }
        if (c.person() != null) {
            w.append(" AND c.person_id = ?");
            p.add(c.person());
        }
        if (!c.types().isEmpty()) {
            w.append(" AND c.type IN (").append(marks(c.types().size())).append(')');
            c.types().stream().map(CiType::name).forEach(p::add);
        }
        if (!c.statuses().isEmpty()) {
            w.append(" AND c.status IN (").append(marks(c.statuses().size())).append(')');
            c.statuses().stream().map(CiStatus::name).forEach(p::add);
        }
        if (c.manufacturer() != null) {
            w.append(" AND c.manufacturer = ?");
            p.add(c.manufacturer());
        }
        if (c.model() != null) {
            w.append(" AND c.model LIKE ?");
            p.add("%" + like(c.model()) + "%");
        }
        if (c.software() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM inv_installed_software i WHERE i.ci_id = c.id AND i.software_id = ?)");
            p.add(c.software());
        }
        if (c.q() != null) {
            for (String word : words(c.q())) {
                String contains = "%" + like(word) + "%";
                String digits = word.replaceAll("[\\s.\\-]", "");
                w.append(" AND (c.asset_tag LIKE ? OR c.serial_number LIKE ? OR c.hostname LIKE ?"
                        + " OR c.manufacturer LIKE ? OR c.line_number LIKE ? OR c.model LIKE ? OR c.notes LIKE ?)");
                p.add(contains);
                p.add(contains);
                p.add(contains);
                p.add(contains);
                p.add(digits.matches("\\d{2,}") ? "%" + like(digits) + "%" : contains);
                p.add(contains);
                p.add(contains);
            }
        }
        return new CiSearchSql(w.toString(), p);
    }

    void bind(PreparedStatement ps, Object... extra) throws SQLException {
        int i = 1;
        for (Object o : params) {
            ps.setObject(i++, o);
        }
        for (Object o : extra) {
            ps.setObject(i++, o);
        }
    }

    /** At most five words of at least one character; the rest is ignored. */
    static List<String> words(String q) {
        List<String> out = new ArrayList<>();
        for (String w : q.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty() && out.size() < 5) {
                out.add(w.length() > 64 ? w.substring(0, 64) : w);
            }
        }
        return out;
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String marks(int n) {
        return "?, ".repeat(n - 1) + "?";
    }
}
