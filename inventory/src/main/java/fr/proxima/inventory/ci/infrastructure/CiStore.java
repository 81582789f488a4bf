package fr.proxima.inventory.ci.infrastructure;

import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.ci.model.FieldChange;
import fr.proxima.inventory.ci.model.InstalledSoftware;
import fr.proxima.inventory.ci.model.RelationRules.Link;
import fr.proxima.inventory.ci.model.RelationType;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the configuration database in the caller's transaction: CI rows (optimistic locking on {@code version})
 * with one history row per changed field, relations, installed software and ticket links. Reads here serve writes
 * (rule checks after the caller's scope was checked); what users read goes through {@link CiReader}.
 */
@Singleton
public class CiStore {
    private static final int HISTORY_VALUE_MAX = 4_000;

    private final CiRowRepository cis;
    private final CiHistoryRepository history;
    private final RelationRepository relations;
    private final InstalledSoftwareRepository installed;
    private final CiMapping mapping;
    private final JdbcOperations jdbc;

    CiStore(CiRowRepository cis, CiHistoryRepository history, RelationRepository relations,
            InstalledSoftwareRepository installed, CiMapping mapping, JdbcOperations jdbc) {
        this.cis = cis;
        this.history = history;
        this.relations = relations;
        this.installed = installed;
        this.mapping = mapping;
        this.jdbc = jdbc;
    }

    /** Inserts a new CI and its creation history; returns it with its id and version. */
    public ConfigurationItem insert(ConfigurationItem ci, String actor) {
        CiRow saved;
        try {
            saved = cis.save(mapping.toRow(ci));
        } catch (DataAccessException e) {
            throw duplicateOr(e);
        }
        writeHistory(saved.id(), ci.changes(), actor, ci.updatedAt());
        return mapping.toItem(saved);
    }

    /**
     * Stores a changed CI and the history of its changes; a concurrent change since it was read gives a
     * {@link StaleCiException}, a unique key taken meanwhile a {@link DuplicateCiException}.
     */
    public ConfigurationItem update(ConfigurationItem ci, String actor) {
        CiRow updated;
        try {
            updated = cis.update(mapping.toRow(ci));
        } catch (OptimisticLockException e) {
            throw new StaleCiException(ci.id());
        } catch (DataAccessException e) {
            throw duplicateOr(e);
        }
        writeHistory(ci.id(), ci.changes(), actor, ci.updatedAt());
        return mapping.toItem(updated);
    }

    /**
     * Records an agent's report of an otherwise unchanged CI: the report instant only, without a new version (a
     * daily report must not make a person's edit in progress stale) nor history.
     */
    public void touchAgentReport(long id, Instant at) {
        jdbc.prepareStatement("UPDATE inv_ci SET last_agent_report_at = GREATEST(COALESCE(last_agent_report_at, ?), ?)"
                + " WHERE id = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(at));
                    ps.setTimestamp(2, Timestamp.from(at));
                    ps.setLong(3, id);
                    return ps.executeUpdate();
                });
    }

    /**
     * Inserts many new CIs with multi-row statements (imports) and their creation history; returns their ids in
     * the order given. A unique key hit fails the whole call (the caller retries line by line).
     */
    public List<Long> insertAll(List<ConfigurationItem> items, String actor) {
        if (items.isEmpty()) {
            return List.of();
        }
        for (int from = 0; from < items.size(); from += INSERT_ROWS) {
            List<ConfigurationItem> part = items.subList(from, Math.min(items.size(), from + INSERT_ROWS));
            String sql = INSERT_CI + (",(" + "?,".repeat(INSERT_COLUMNS - 1) + "?)").repeat(part.size()).substring(1);
            try {
                jdbc.prepareStatement(sql, ps -> {
                    int i = 1;
                    for (ConfigurationItem ci : part) {
                        i = bindCi(ps, i, mapping.toRow(ci));
                    }
                    return ps.executeUpdate();
                });
            } catch (DataAccessException e) {
                throw duplicateOr(e);
            }
        }
        Map<String, Long> ids = new java.util.HashMap<>();
        List<String> tags = items.stream().map(ci -> ci.details().assetTag()).toList();
        for (int from = 0; from < tags.size(); from += 1000) {
            List<String> part = tags.subList(from, Math.min(tags.size(), from + 1000));
            jdbc.prepareStatement("SELECT id, asset_tag FROM inv_ci WHERE asset_tag IN ("
                    + "?,".repeat(part.size() - 1) + "?)", ps -> {
                        for (int i = 0; i < part.size(); i++) {
                            ps.setString(i + 1, part.get(i));
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                ids.put(rs.getString(2), rs.getLong(1));
                            }
                        }
                        return null;
                    });
        }
        List<Long> out = tags.stream().map(ids::get).toList();
        List<Object[]> history = new java.util.ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            ConfigurationItem ci = items.get(k);
            for (FieldChange c : ci.changes()) {
                history.add(new Object[]{out.get(k), ci.updatedAt(), actor, c.field(), cut(c.oldValue()),
                        cut(c.newValue())});
            }
        }
        insertHistoryRows(history);
        return out;
    }

    /**
     * Stores a changed CI of an import under its version, without going through the repository (one statement,
     * no reload); returns false when the CI changed since it was read (the line is then refused, not retried).
     */
    public boolean updateIfUnchanged(ConfigurationItem ci, String actor) {
        CiRow r = mapping.toRow(ci);
        int n;
        try {
            n = jdbc.prepareStatement(UPDATE_CI, ps -> {
                int i = bindCi(ps, 1, r);
                ps.setLong(i++, r.id());
                ps.setLong(i, r.version());
                return ps.executeUpdate();
            });
        } catch (DataAccessException e) {
            throw duplicateOr(e);
        }
        if (n == 0) {
            return false;
        }
        List<Object[]> history = new java.util.ArrayList<>();
        for (FieldChange c : ci.changes()) {
            history.add(new Object[]{ci.id(), ci.updatedAt(), actor, c.field(), cut(c.oldValue()), cut(c.newValue())});
        }
        insertHistoryRows(history);
        return true;
    }

    private static final int INSERT_ROWS = 500;
    private static final String COLUMNS = "type, asset_tag, serial_number, manufacturer, model, status, commune_code,"
            + " site_id, person_id, acquisition_date, warranty_end, supplier, purchase_reference, notes, attributes,"
            + " last_agent_report_at, created_by, created_at, updated_at";
    private static final int INSERT_COLUMNS = 20;
    private static final String INSERT_CI = "INSERT INTO inv_ci (" + COLUMNS + ", version) VALUES ";
    private static final String UPDATE_CI = "UPDATE inv_ci SET type = ?, asset_tag = ?, serial_number = ?,"
            + " manufacturer = ?, model = ?, status = ?, commune_code = ?, site_id = ?, person_id = ?,"
            + " acquisition_date = ?, warranty_end = ?, supplier = ?, purchase_reference = ?, notes = ?,"
            + " attributes = ?, last_agent_report_at = ?, created_by = ?, created_at = ?, updated_at = ?,"
            + " version = version + ? + 1 WHERE id = ? AND version = ?";

    /** Binds the 20 columns of {@link #COLUMNS} plus the version (0 for an insert, the increment base otherwise). */
    private static int bindCi(PreparedStatement ps, int i, CiRow r) throws java.sql.SQLException {
        ps.setString(i++, r.type().name());
        ps.setString(i++, r.assetTag());
        ps.setString(i++, r.serialNumber());
        ps.setString(i++, r.manufacturer());
        ps.setString(i++, r.model());
        ps.setString(i++, r.status().name());
        ps.setString(i++, r.communeCode());
        ps.setObject(i++, r.siteId());
        ps.setObject(i++, r.personId());
        ps.setObject(i++, r.acquisitionDate());
        ps.setObject(i++, r.warrantyEnd());
        ps.setString(i++, r.supplier());
        ps.setString(i++, r.purchaseReference());
        ps.setString(i++, r.notes());
        ps.setString(i++, r.attributes());
        ps.setTimestamp(i++, r.lastAgentReportAt() == null ? null : Timestamp.from(r.lastAgentReportAt()));
        ps.setString(i++, r.createdBy());
        ps.setTimestamp(i++, Timestamp.from(r.createdAt()));
        ps.setTimestamp(i++, Timestamp.from(r.updatedAt()));
        ps.setLong(i++, 0L);
        return i;
    }

    private void insertHistoryRows(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + 1000));
            jdbc.prepareStatement("INSERT INTO inv_ci_history (ci_id, at, actor, field, old_value, new_value) VALUES "
                    + ",(?,?,?,?,?,?)".repeat(part.size()).substring(1), ps -> {
                        int i = 1;
                        for (Object[] r : part) {
                            ps.setLong(i++, (Long) r[0]);
                            ps.setTimestamp(i++, Timestamp.from((Instant) r[1]));
                            ps.setString(i++, (String) r[2]);
                            ps.setString(i++, (String) r[3]);
                            ps.setString(i++, (String) r[4]);
                            ps.setString(i++, (String) r[5]);
                        }
                        return ps.executeUpdate();
                    });
        }
    }

    /** The CI locked for the rest of the transaction (whatever the scope: the caller checked it). */
    public Optional<ConfigurationItem> lock(long id) {
        return cis.findScopedForUpdate(id, null).map(mapping::toItem);
    }

    /** Extra history lines of a CI (relations, software), outside a change of its row. */
    public void writeHistory(long ciId, List<FieldChange> changes, String actor, Instant at) {
        if (changes.isEmpty()) {
            return;
        }
        history.saveAll(changes.stream()
                .map(c -> new CiHistoryRow(null, ciId, at, actor, c.field(), cut(c.oldValue()), cut(c.newValue())))
                .toList());
    }

    /** The next asset tag for a machine an agent discovered without one: {@code AUTO-000042}. */
    public String nextAutomaticAssetTag() {
        long n = jdbc.prepareStatement("SELECT NEXTVAL(inv_asset_tag_seq)", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return String.format("AUTO-%06d", n);
    }

    // ---------------------------------------------------------------- relations

    /** The relations of a CI, both directions, as canonical links with their ids. */
    public Map<Link, Long> linksOf(long ciId) {
        Map<Link, Long> links = new java.util.LinkedHashMap<>();
        for (RelationRow r : relations.findOf(ciId)) {
            links.put(new Link(r.sourceId(), r.type(), r.targetId()), r.id());
        }
        return links;
    }

    /** The targets of the directed links of this type from a CI (to walk a hierarchy). */
    public List<Long> targetsOf(long ciId, RelationType type) {
        return relations.findTargets(ciId, type);
    }

    /** Stores a checked link; returns its id. */
    public long insertRelation(Link link, String actor, Instant at) {
        try {
            return relations.save(new RelationRow(null, link.source(), link.type(), link.target(), actor, at)).id();
        } catch (DataAccessException e) {
            if (DuplicateCiException.isUniqueViolation(e)) {
                throw new DuplicateRelationException();
            }
            throw e;
        }
    }

    /** The relation with this id if it involves the CI. */
    public Optional<Link> relation(long relationId, long ciId) {
        return relations.findById(relationId)
                .filter(r -> r.sourceId() == ciId || r.targetId() == ciId)
                .map(r -> new Link(r.sourceId(), r.type(), r.targetId()));
    }

    public void deleteRelation(long relationId) {
        relations.deleteById(relationId);
    }

    // ---------------------------------------------------------------- installed software

    /** What a machine has installed (for a diff). */
    public List<InstalledSoftware> installedOn(long ciId) {
        return installed.findOf(ciId).stream()
                .map(r -> new InstalledSoftware(r.name(), r.publisher(), r.version(), r.matchKey(), r.installedOn()))
                .toList();
    }

    /**
     * Applies a diff to a machine's installed software: removes what went, inserts what came, each matched to the
     * catalogue entry of its match key when there is one ({@code catalogue}: match key → software id).
     */
    public void applySoftware(long ciId, InstalledSoftware.Changes changes, Map<String, Long> catalogue, Instant at) {
        if (!changes.removed().isEmpty()) {
            jdbc.prepareStatement("DELETE FROM inv_installed_software WHERE ci_id = ? AND match_key = ? AND version = ?",
                    ps -> {
                        for (InstalledSoftware s : changes.removed()) {
                            ps.setLong(1, ciId);
                            ps.setString(2, s.matchKey());
                            ps.setString(3, s.version());
                            ps.addBatch();
                        }
                        return ps.executeBatch();
                    });
        }
        if (!changes.added().isEmpty()) {
            jdbc.prepareStatement("""
                    INSERT INTO inv_installed_software (ci_id, software_id, name, publisher, version, match_key,
                                                        installed_on, found_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
                Timestamp found = Timestamp.from(at);
                for (InstalledSoftware s : changes.added()) {
                    bindInstalled(ps, ciId, catalogue.get(s.matchKey()), s, found);
                    ps.addBatch();
                }
                return ps.executeBatch();
            });
        }
    }

    /**
     * Records the software of many machines at once (multi-row statements; demo data and bulk loads), matched to
     * the catalogue by match key ({@code catalogue}: match key → entry id). Duplicates on a machine are dropped.
     */
    public int installAll(Map<Long, List<InstalledSoftware>> byMachine, Map<String, Long> catalogue, Instant at) {
        List<Object[]> rows = new java.util.ArrayList<>();
        byMachine.forEach((ci, list) -> {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (InstalledSoftware s : list) {
                if (seen.add(s.identity())) {
                    rows.add(new Object[]{ci, s});
                }
            }
        });
        Timestamp found = Timestamp.from(at);
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + 1000));
            jdbc.prepareStatement("INSERT INTO inv_installed_software (ci_id, software_id, name, publisher, version,"
                    + " match_key, installed_on, found_at) VALUES " + ",(?,?,?,?,?,?,?,?)".repeat(part.size())
                    .substring(1), ps -> {
                        int i = 0;
                        for (Object[] r : part) {
                            InstalledSoftware s = (InstalledSoftware) r[1];
                            ps.setLong(++i, (Long) r[0]);
                            ps.setObject(++i, catalogue.get(s.matchKey()), java.sql.Types.BIGINT);
                            ps.setString(++i, s.name());
                            ps.setString(++i, s.publisher());
                            ps.setString(++i, s.version());
                            ps.setString(++i, s.matchKey());
                            ps.setObject(++i, s.installedOn());
                            ps.setTimestamp(++i, found);
                        }
                        return ps.executeUpdate();
                    });
        }
        return rows.size();
    }

    /** Stores many checked links at once (bulk loads); a duplicate fails the call. */
    public void insertRelations(List<Link> links, String actor, Instant at) {
        for (int from = 0; from < links.size(); from += 1000) {
            List<Link> part = links.subList(from, Math.min(links.size(), from + 1000));
            jdbc.prepareStatement("INSERT INTO inv_ci_relation (source_id, type, target_id, created_by, created_at)"
                    + " VALUES " + ",(?,?,?,?,?)".repeat(part.size()).substring(1), ps -> {
                        int i = 0;
                        for (Link l : part) {
                            ps.setLong(++i, l.source());
                            ps.setString(++i, l.type().name());
                            ps.setLong(++i, l.target());
                            ps.setString(++i, actor);
                            ps.setTimestamp(++i, Timestamp.from(at));
                        }
                        return ps.executeUpdate();
                    });
        }
    }

    /** Removes one installed software of a machine; returns what it was, if it was there. */
    public Optional<InstalledSoftware> removeInstalled(long ciId, long installedId) {
        Optional<InstalledSoftwareRow> row = installed.findById(installedId).filter(r -> r.ciId() == ciId);
        row.ifPresent(installed::delete);
        return row.map(r -> new InstalledSoftware(r.name(), r.publisher(), r.version(), r.matchKey(),
                r.installedOn()));
    }

    static void bindInstalled(PreparedStatement ps, long ciId, Long softwareId, InstalledSoftware s, Timestamp found)
            throws java.sql.SQLException {
        ps.setLong(1, ciId);
        if (softwareId == null) {
            ps.setNull(2, java.sql.Types.BIGINT);
        } else {
            ps.setLong(2, softwareId);
        }
        ps.setString(3, s.name());
        ps.setString(4, s.publisher());
        ps.setString(5, s.version());
        ps.setString(6, s.matchKey());
        ps.setObject(7, s.installedOn());
        ps.setTimestamp(8, found);
    }

    // ---------------------------------------------------------------- tickets

    /** Records that a ticket names the CI; false when it already did. */
    public boolean linkTicket(long ciId, long ticketId, String ticketNumber, String ticketCommune, String actor,
                              Instant at) {
        return jdbc.prepareStatement("""
                INSERT IGNORE INTO inv_ci_ticket (ci_id, ticket_id, ticket_number, ticket_commune, linked_by, linked_at)
                VALUES (?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setLong(1, ciId);
            ps.setLong(2, ticketId);
            ps.setString(3, ticketNumber);
            ps.setString(4, ticketCommune);
            ps.setString(5, actor);
            ps.setTimestamp(6, Timestamp.from(at));
            return ps.executeUpdate() == 1;
        });
    }

    /** Forgets that a ticket names the CI; false when it did not. */
    public boolean unlinkTicket(long ciId, long ticketId) {
        return jdbc.prepareStatement("DELETE FROM inv_ci_ticket WHERE ci_id = ? AND ticket_id = ?", ps -> {
            ps.setLong(1, ciId);
            ps.setLong(2, ticketId);
            return ps.executeUpdate() == 1;
        });
    }

    private static RuntimeException duplicateOr(DataAccessException e) {
        DuplicateCiException duplicate = DuplicateCiException.of(e);
        return duplicate != null ? duplicate : e;
    }

    private static String cut(String v) {
        return v == null || v.length() <= HISTORY_VALUE_MAX ? v : v.substring(0, HISTORY_VALUE_MAX);
    }
}
