package fr.proxima.inventory.ci.infrastructure;

import fr.proxima.inventory.ci.infrastructure.CiViews.CiRef;
import fr.proxima.inventory.ci.infrastructure.CiViews.Installed;
import fr.proxima.inventory.ci.infrastructure.CiViews.Relation;
import fr.proxima.inventory.ci.infrastructure.CiViews.TicketLink;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.organisation.AccessScope;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The single scoped query layer of the configuration database: every public method takes the caller's
 * {@link AccessScope} and every query filters on its commune ({@link AccessScope#communeFilter()}), so a CI outside
 * the scope is exactly as invisible as one that does not exist. The parts of a CI page follow the CI: its history,
 * software and tickets are read only once the CI itself was found in scope, and a relation whose other end is out
 * of scope is left out. An architecture test checks that every public method takes an {@code AccessScope}.
 */
@Singleton
@Connectable
public class CiReader {
    public static final int MAX_PAGE_SIZE = 200;

    private final CiRowRepository cis;
    private final CiHistoryRepository history;
    private final RelationRepository relations;
    private final CiMapping mapping;
    private final JdbcOperations jdbc;

    CiReader(CiRowRepository cis, CiHistoryRepository history, RelationRepository relations, CiMapping mapping,
             JdbcOperations jdbc) {
        this.cis = cis;
        this.history = history;
        this.relations = relations;
        this.mapping = mapping;
        this.jdbc = jdbc;
    }

    /** The CI if it exists and the scope reads it. */
    public Optional<ConfigurationItem> find(long id, AccessScope scope) {
        return cis.findScoped(id, scope.communeFilter()).map(mapping::toItem);
    }

    /** The CI with this asset tag (stored form) if the scope reads it. */
    public Optional<ConfigurationItem> findByAssetTag(String assetTag, AccessScope scope) {
        return cis.findByAssetTag(assetTag, scope.communeFilter()).map(mapping::toItem);
    }

    /** The CI with this manufacturer's serial number (stored forms) if the scope reads it. */
    public Optional<ConfigurationItem> findBySerial(String manufacturer, String serial, AccessScope scope) {
        return cis.findBySerial(manufacturer, serial, scope.communeFilter()).map(mapping::toItem);
    }

    /** The CI an inventory agent (its device id) reported before, if the scope reads it. */
    public Optional<ConfigurationItem> findByAgentDevice(String deviceId, AccessScope scope) {
        return cis.findByAgentDevice(deviceId, scope.communeFilter()).map(mapping::toItem);
    }

    /** The CI carrying this line number (ten digits, {@code 0612345678}) if the scope reads it. */
    public Optional<ConfigurationItem> findByLineNumber(String lineDigits, AccessScope scope) {
        return cis.findByLineNumber(lineDigits, scope.communeFilter()).map(mapping::toItem);
    }

    /**
     * The CIs an import chunk may be about, in one round trip: those carrying one of the asset tags, serial numbers
     * (any manufacturer) or line numbers, each once, that the scope reads.
     */
    public List<ConfigurationItem> findForImport(Collection<String> tags, Collection<String> serials,
                                                 Collection<String> lines, AccessScope scope) {
        List<String> parts = new ArrayList<>();
        List<String> params = new ArrayList<>();
        String commune = scope.communeFilter();
        for (Object[] in : new Object[][]{{"asset_tag", tags}, {"serial_number", serials}, {"line_number", lines}}) {
            @SuppressWarnings("unchecked")
            Collection<String> values = (Collection<String>) in[1];
            if (!values.isEmpty()) {
                parts.add("SELECT * FROM inv_ci WHERE " + in[0] + " IN (" + "?,".repeat(values.size() - 1) + "?)"
                        + (commune == null ? "" : " AND commune_code = ?"));
                params.addAll(values);
                if (commune != null) {
                    params.add(commune);
                }
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement(String.join(" UNION ALL ", parts), ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            Map<Long, ConfigurationItem> found = new java.util.LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                jdbc.entityStream(rs, CiRow.class).forEach(r -> found.computeIfAbsent(r.id(), k -> mapping.toItem(r)));
            }
            return List.copyOf(found.values());
        });
    }

    /** The CIs assigned to a person, in service first (the CAN console's suggestion). */
    public List<ConfigurationItem> ofPerson(long personId, AccessScope scope) {
        return cis.findByPerson(personId, scope.communeFilter()).stream().map(mapping::toItem).toList();
    }

    /** One page (0-based) of the CIs matching the criteria within the scope, with their count in scope. */
    public CiPage<ConfigurationItem> search(CiCriteria criteria, CiSort sort, int page, int size, AccessScope scope) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page >= 0 and 1 <= size <= " + MAX_PAGE_SIZE);
        }
        CiSearchSql sql = CiSearchSql.of(criteria, scope.communeFilter());
        long offset = (long) page * size;
        // A free-text search reads every CI in scope whatever the page (words anywhere in seven columns: no index
        // helps), so the page query counts the matches as it goes (FOUND_ROWS, same connection: @Connectable)
        // instead of a second full scan; other searches stop at the page through an index, and count apart.
        boolean scan = criteria.q() != null;
        List<ConfigurationItem> rows = jdbc.prepareStatement((scan ? "SELECT SQL_CALC_FOUND_ROWS c.*" : "SELECT c.*")
                + " FROM inv_ci c" + sql.where + " ORDER BY " + sort.sql() + " LIMIT ? OFFSET ?", ps -> {
                    sql.bind(ps, size + 1, offset);
                    try (ResultSet rs = ps.executeQuery()) {
                        return jdbc.entityStream(rs, CiRow.class).map(mapping::toItem).toList();
                    }
                });
        boolean more = rows.size() > size;
        long total;
        if (page == 0 && !more) {
            total = rows.size();
        } else {
            total = jdbc.prepareStatement(scan ? "SELECT FOUND_ROWS()" : "SELECT COUNT(*) FROM inv_ci c" + sql.where,
                    ps -> {
                if (!scan) {
                    sql.bind(ps);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
        return new CiPage<>(more ? rows.subList(0, size) : rows, page, size, more, total);
    }

    /** Streams every CI matching the criteria within the scope, in asset-tag order (exports, reports). */
    public int forEach(CiCriteria criteria, AccessScope scope, Consumer<ConfigurationItem> consumer) {
        CiSearchSql sql = CiSearchSql.of(criteria, scope.communeFilter());
        return jdbc.prepareStatement("SELECT c.* FROM inv_ci c" + sql.where + " ORDER BY " + CiSort.ASSET_TAG.sql(),
                ps -> {
                    sql.bind(ps);
                    ps.setFetchSize(1000);
                    int[] n = {0};
                    try (ResultSet rs = ps.executeQuery()) {
                        jdbc.entityStream(rs, CiRow.class).forEach(r -> {
                            consumer.accept(mapping.toItem(r));
                            n[0]++;
                        });
                    }
                    return n[0];
                });
    }

    /** The CIs among {@code ids} the scope reads, by id. */
    public Map<Long, CiRef> refs(Set<Long> ids, AccessScope scope) {
        Map<Long, CiRef> refs = new HashMap<>();
        if (!ids.isEmpty()) {
            for (CiRow r : cis.findAllScoped(ids, scope.communeFilter())) {
                refs.put(r.id(), ref(r));
            }
        }
        return refs;
    }

    /** Everything a CI's page shows, read after one scope check of the CI. */
    public record Page(ConfigurationItem ci, List<Installed> software, List<Relation> relations,
                       List<TicketLink> tickets, List<HistoryEntry> history) {
    }

    /** The CI and its software, relations, tickets and history, if the scope reads the CI. */
    public Optional<Page> page(long ciId, AccessScope scope) {
        return find(ciId, scope).map(ci -> new Page(ci, softwareOf(ciId), relationsOf(ciId, scope),
                ticketsOf(ciId, scope), historyOf(ciId)));
    }

    /** The history of a CI the scope reads (oldest first), or empty when it may not read the CI. */
    public Optional<List<HistoryEntry>> history(long ciId, AccessScope scope) {
        if (cis.findScoped(ciId, scope.communeFilter()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(historyOf(ciId));
    }

    private List<HistoryEntry> historyOf(long ciId) {
        return history.findHistory(ciId).stream()
                .map(h -> new HistoryEntry(h.id(), h.at(), h.actor(), h.field(), h.oldValue(), h.newValue()))
                .toList();
    }

    /** The relations of a CI the scope reads, without those whose other end it may not read. */
    public Optional<List<Relation>> relations(long ciId, AccessScope scope) {
        if (cis.findScoped(ciId, scope.communeFilter()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(relationsOf(ciId, scope));
    }

    private List<Relation> relationsOf(long ciId, AccessScope scope) {
        List<RelationRow> rows = relations.findOf(ciId);
        Set<Long> others = new HashSet<>();
        rows.forEach(r -> others.add(r.sourceId() == ciId ? r.targetId() : r.sourceId()));
        Map<Long, CiRef> visible = refs(others, scope);
        List<Relation> out = new ArrayList<>();
        for (RelationRow r : rows) {
            boolean outgoing = r.sourceId() == ciId;
            CiRef other = visible.get(outgoing ? r.targetId() : r.sourceId());
            if (other != null) {
                out.add(new Relation(r.id(), r.type(), outgoing, other, r.createdBy(), r.createdAt()));
            }
        }
        return out;
    }

    /** The software installed on a CI the scope reads, by name. */
    public Optional<List<Installed>> software(long ciId, AccessScope scope) {
        if (cis.findScoped(ciId, scope.communeFilter()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(softwareOf(ciId));
    }

    private List<Installed> softwareOf(long ciId) {
        return jdbc.prepareStatement("""
                SELECT i.id, i.name, i.publisher, i.version, i.software_id, s.name, s.status, i.installed_on, i.found_at
                  FROM inv_installed_software i LEFT JOIN inv_software s ON s.id = i.software_id
                 WHERE i.ci_id = ? ORDER BY i.name, i.version, i.id""", ps -> {
            ps.setLong(1, ciId);
            List<Installed> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long softwareId = rs.getLong(5);
                    Long sid = rs.wasNull() ? null : softwareId;
                    Date on = rs.getDate(8);
                    Timestamp found = rs.getTimestamp(9);
                    out.add(new Installed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), sid,
                            rs.getString(6), rs.getString(7), on == null ? null : on.toLocalDate(),
                            found.toInstant()));
                }
            }
            return out;
        });
    }

    /** The tickets naming a CI the scope reads, newest link first, without tickets of communes it may not read. */
    public Optional<List<TicketLink>> tickets(long ciId, AccessScope scope) {
        if (cis.findScoped(ciId, scope.communeFilter()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ticketsOf(ciId, scope));
    }

    private List<TicketLink> ticketsOf(long ciId, AccessScope scope) {
        String commune = scope.communeFilter();
        return jdbc.prepareStatement("""
                SELECT ticket_id, ticket_number, ticket_commune, linked_by, linked_at FROM inv_ci_ticket
                 WHERE ci_id = ? AND (? IS NULL OR ticket_commune = ?) ORDER BY linked_at DESC, ticket_id DESC""",
                ps -> {
                    ps.setLong(1, ciId);
                    ps.setString(2, commune);
                    ps.setString(3, commune);
                    List<TicketLink> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new TicketLink(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getTimestamp(5).toInstant()));
                        }
                    }
                    return out;
                });
    }

    /** The CIs a ticket names that the scope reads (the ticket itself is checked by the caller). */
    public List<CiRef> namedBy(long ticketId, AccessScope scope) {
        String commune = scope.communeFilter();
        return jdbc.prepareStatement("""
                SELECT c.* FROM inv_ci_ticket t JOIN inv_ci c ON c.id = t.ci_id
                 WHERE t.ticket_id = ? AND (? IS NULL OR c.commune_code = ?) ORDER BY c.asset_tag""", ps -> {
            ps.setLong(1, ticketId);
            ps.setString(2, commune);
            ps.setString(3, commune);
            try (ResultSet rs = ps.executeQuery()) {
                return jdbc.entityStream(rs, CiRow.class).map(CiReader::ref).toList();
            }
        });
    }

    static CiRef ref(CiRow r) {
        return new CiRef(r.id(), r.assetTag(), r.type(), r.manufacturer(), r.model(), r.status(), r.communeCode());
    }
}
