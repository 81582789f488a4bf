package fr.proxima.inventory.quality;

import fr.proxima.inventory.internal.InvProblems;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.Organisation.PersonInfo;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The quality control of a commune's configuration data (the configuration centre's "contrôle qualité"), read in
 * one query per check, each on an index of {@code inv_ci} narrowed to the commune. Every query takes the caller's
 * scope: a commune viewer asking for another commune gets an empty report, like any list filtered on a commune it
 * does not read.
 *
 * <p>Definitions (see {@code docs/inventory.md}, "Quality control"): a duplicate serial is a serial number another
 * CI also has (the unique key is per manufacturer, so this finds one machine entered under two maker names); "in
 * service without location" has neither a site nor a person; personal equipment is a laptop, a tablet or a
 * mobile phone; the agent check covers desktops, laptops and servers in service; the warranty check ignores
 * retired items; people with no equipment are the commune's active agents with no CI (retired ones aside).
 */
@Singleton
@Connectable
public class QualityReports {
    public static final int NOT_REPORTED_DAYS = 90;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcOperations jdbc;
    private final Organisation organisation;

    QualityReports(JdbcOperations jdbc, Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /**
     * The report of {@code commune} at {@code now}, with at most {@code limitPerCheck} findings per check
     * ({@code null}: all).
     */
    public QualityReport report(String commune, Instant now, @Nullable Integer limitPerCheck, AccessScope scope) {
        if (commune == null || !CommuneCode.isValid(commune.strip())) {
            throw InvProblems.invalid("commune", commune == null ? "required" : "invalid",
                    "La commune (code INSEE, ou SIREN de la Métropole) est obligatoire");
        }
        String code = commune.strip();
        if (!organisation.communeExists(code)) {
            throw InvProblems.invalid("commune", "unknown", "Entité inconnue");
        }
        String filter = scope.canRead(code) ? code : null;
        Map<QualityCheck, List<Finding>> all = new EnumMap<>(QualityCheck.class);
        for (QualityCheck c : QualityCheck.values()) {
            all.put(c, new ArrayList<>());
        }
        if (filter != null) {
            duplicateSerials(filter, scope, all.get(QualityCheck.DUPLICATE_SERIAL));
            withoutLocation(filter, all);
            notReported(filter, now, all.get(QualityCheck.NOT_REPORTED));
            warrantyExpired(filter, now, all.get(QualityCheck.WARRANTY_EXPIRED));
            peopleWithoutEquipment(filter, scope, all.get(QualityCheck.PERSON_WITHOUT_EQUIPMENT));
            unlistedSoftware(filter, all.get(QualityCheck.SOFTWARE_NOT_IN_CATALOGUE));
        }
        Map<QualityCheck, Integer> counts = new EnumMap<>(QualityCheck.class);
        List<Finding> findings = new ArrayList<>();
        boolean truncated = false;
        for (Map.Entry<QualityCheck, List<Finding>> e : all.entrySet()) {
            counts.put(e.getKey(), e.getValue().size());
            List<Finding> list = e.getValue();
            if (limitPerCheck != null && list.size() > limitPerCheck) {
                list = list.subList(0, limitPerCheck);
                truncated = true;
            }
            findings.addAll(list);
        }
        return new QualityReport(code, organisation.communeName(code), now, counts, findings, truncated);
    }

    private void duplicateSerials(String commune, AccessScope scope, List<Finding> out) {
        String readable = scope.communeFilter();
        jdbc.prepareStatement("""
                SELECT c.id, c.asset_tag, c.serial_number, c.manufacturer, o.asset_tag, o.manufacturer, o.commune_code
                  FROM inv_ci c JOIN inv_ci o ON o.serial_number = c.serial_number AND o.id <> c.id
                 WHERE c.commune_code = ? AND c.serial_number IS NOT NULL
                 ORDER BY c.asset_tag, o.asset_tag""", ps -> {
            ps.setString(1, commune);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean visible = readable == null || readable.equals(rs.getString(7));
                    String other = visible ? rs.getString(5) + " (" + rs.getString(6) + ")"
                            : "un matériel d'une autre entité";
                    out.add(Finding.ci(QualityCheck.DUPLICATE_SERIAL, rs.getLong(1), rs.getString(2),
                            rs.getString(3) + " (" + rs.getString(4) + ")", "Même numéro de série que " + other));
                }
            }
            return null;
        });
    }

    private void withoutLocation(String commune, Map<QualityCheck, List<Finding>> all) {
        jdbc.prepareStatement("""
                SELECT id, asset_tag, type, model, site_id, person_id FROM inv_ci
                 WHERE commune_code = ? AND status = 'IN_SERVICE'
                   AND (site_id IS NULL AND person_id IS NULL
                        OR person_id IS NULL AND type IN ('LAPTOP', 'TABLET', 'MOBILE_PHONE'))
                 ORDER BY asset_tag""", ps -> {
            ps.setString(1, commune);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long site = rs.getLong(5);
                    boolean noSite = rs.wasNull();
                    String subject = rs.getString(3) + (rs.getString(4) == null ? "" : " " + rs.getString(4));
                    if (noSite) {
                        all.get(QualityCheck.IN_SERVICE_WITHOUT_LOCATION).add(Finding.ci(
                                QualityCheck.IN_SERVICE_WITHOUT_LOCATION, rs.getLong(1), rs.getString(2), subject,
                                "En service, sans site ni agent : où est-il ?"));
                    } else {
                        all.get(QualityCheck.IN_SERVICE_WITHOUT_PERSON).add(Finding.ci(
                                QualityCheck.IN_SERVICE_WITHOUT_PERSON, rs.getLong(1), rs.getString(2), subject,
                                "Équipement individuel en service sans agent (site " + site + ")"));
                    }
                }
            }
            return null;
        });
    }

    private void notReported(String commune, Instant now, List<Finding> out) {
        Instant limit = now.minus(NOT_REPORTED_DAYS, ChronoUnit.DAYS);
        jdbc.prepareStatement("""
                SELECT id, asset_tag, type, model, last_agent_report_at FROM inv_ci
                 WHERE commune_code = ? AND status = 'IN_SERVICE' AND type IN ('DESKTOP', 'LAPTOP', 'SERVER')
                   AND (last_agent_report_at IS NULL OR last_agent_report_at < ?)
                 ORDER BY last_agent_report_at IS NOT NULL, last_agent_report_at, asset_tag""", ps -> {
            ps.setString(1, commune);
            ps.setTimestamp(2, Timestamp.from(limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp last = rs.getTimestamp(5);
                    String detail = last == null ? "Jamais remonté par un agent d'inventaire"
                            : "Dernière remontée le " + DAY.format(last.toInstant().atZone(PARIS)) + " ("
                            + ChronoUnit.DAYS.between(last.toInstant(), now) + " jours)";
                    out.add(Finding.ci(QualityCheck.NOT_REPORTED, rs.getLong(1), rs.getString(2),
                            rs.getString(3) + (rs.getString(4) == null ? "" : " " + rs.getString(4)), detail));
                }
            }
            return null;
        });
    }

    private void warrantyExpired(String commune, Instant now, List<Finding> out) {
        LocalDate today = now.atZone(PARIS).toLocalDate();
        jdbc.prepareStatement("""
                SELECT id, asset_tag, type, model, warranty_end, status FROM inv_ci
                 WHERE commune_code = ? AND warranty_end < ? AND status <> 'RETIRED'
                 ORDER BY warranty_end, asset_tag""", ps -> {
            ps.setString(1, commune);
            ps.setDate(2, Date.valueOf(today));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate end = rs.getDate(5).toLocalDate();
                    out.add(Finding.ci(QualityCheck.WARRANTY_EXPIRED, rs.getLong(1), rs.getString(2),
                            rs.getString(3) + (rs.getString(4) == null ? "" : " " + rs.getString(4)),
                            "Garantie terminée le " + DAY.format(end) + " (" + rs.getString(6) + ")"));
                }
            }
            return null;
        });
    }

    private void peopleWithoutEquipment(String commune, AccessScope scope, List<Finding> out) {
        Set<Long> equipped = new HashSet<>();
        jdbc.prepareStatement("SELECT DISTINCT person_id FROM inv_ci WHERE commune_code = ? AND person_id IS NOT NULL"
                + " AND status <> 'RETIRED'", ps -> {
                    ps.setString(1, commune);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            equipped.add(rs.getLong(1));
                        }
                    }
                    return null;
                });
        for (PersonInfo p : organisation.activePeople(scope, commune)) {
            if (!equipped.contains(p.id())) {
                out.add(Finding.person(p.id(), p.displayName(), "Agent actif sans aucun équipement attribué"));
            }
        }
    }

    private void unlistedSoftware(String commune, List<Finding> out) {
        jdbc.prepareStatement("""
                SELECT MIN(i.name), COUNT(DISTINCT i.ci_id), MIN(c.id)
                  FROM inv_installed_software i JOIN inv_ci c ON c.id = i.ci_id
                 WHERE c.commune_code = ? AND i.software_id IS NULL
                 GROUP BY i.match_key ORDER BY COUNT(DISTINCT i.ci_id) DESC, MIN(i.name)""", ps -> {
            ps.setString(1, commune);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[]{rs.getString(1), rs.getLong(2), rs.getLong(3)});
                }
            }
            Map<Long, String> tags = tags(rows.stream().map(r -> (Long) r[2]).toList());
            for (Object[] r : rows) {
                long ci = (Long) r[2];
                out.add(Finding.ci(QualityCheck.SOFTWARE_NOT_IN_CATALOGUE, ci, tags.get(ci), (String) r[0],
                        "Installé sur " + r[1] + " machine(s) de l'entité, absent du catalogue"));
            }
            return null;
        });
    }

    private Map<Long, String> tags(List<Long> ids) {
        Map<Long, String> tags = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 1000));
            jdbc.prepareStatement("SELECT id, asset_tag FROM inv_ci WHERE id IN (" + "?,".repeat(part.size() - 1)
                    + "?)", ps -> {
                        for (int i = 0; i < part.size(); i++) {
                            ps.setLong(i + 1, part.get(i));
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                tags.put(rs.getLong(1), rs.getString(2));
                            }
                        }
                        return null;
                    });
        }
        return tags;
    }
}
