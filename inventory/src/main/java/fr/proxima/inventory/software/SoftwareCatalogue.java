package fr.proxima.inventory.software;

import fr.proxima.inventory.internal.InvProblems;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Paged;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.ProblemException.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The software catalogue: search, read, create and edit entries with their known versions, and the link between
 * the catalogue and what machines have installed. An entry's match key ({@link SoftwareNames#matchKey}) is unique:
 * creating an entry (or renaming one) attaches every installed software with that key to it at once.
 *
 * <p>The catalogue itself is reference data every role reads; the installation counts it shows are counted in
 * the caller's scope (a commune viewer sees its commune's installations). Editing: administrators and centre
 * managers ({@link #mayEdit}): the catalogue is the DSI's reference data.
 */
@Singleton
public class SoftwareCatalogue {
    public static final int NAME_MAX = SoftwareNames.MAX;
    public static final int PUBLISHER_MAX = 120;
    public static final int NOTES_MAX = 2000;
    public static final int VERSION_MAX = 64;
    public static final int VERSIONS_MAX = 200;

    /** An entry as clients see it. */
    @io.micronaut.serde.annotation.Serdeable
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record Entry(long id, String name, String publisher, SoftwareStatus status, Integer licences, String notes,
                        List<String> versions, long installations, Instant createdAt, Instant updatedAt,
                        long version) {
    }

    /** What a client sends to create or replace an entry. */
    public record Draft(String name, String publisher, String status, Integer licences, String notes,
                        List<String> versions) {
    }

    private final SoftwareRepository repository;
    private final JdbcOperations jdbc;
    private final Clock clock;

    SoftwareCatalogue(SoftwareRepository repository, JdbcOperations jdbc, @Nullable Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** Entries by name, optionally of one status and containing {@code q} in the name or the publisher. */
    @Transactional(readOnly = true)
    public Paged<Entry> search(AccessScope scope, @Nullable String q, @Nullable SoftwareStatus status, int page,
                               int size) {
        String like = q == null || q.isBlank() ? null : "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        List<Software> rows = repository.search(status == null ? null : status.name(), like, size + 1,
                (long) page * size);
        Paged<Software> paged = Paged.of(rows, page, size);
        Map<Long, Long> counts = installations(scope, paged.items().stream().map(Software::id).toList());
        Map<Long, List<String>> versions = versions(paged.items().stream().map(Software::id).toList());
        return paged.map(s -> entry(s, versions.getOrDefault(s.id(), List.of()), counts.getOrDefault(s.id(), 0L)));
    }

    @Transactional(readOnly = true)
    public Optional<Entry> find(AccessScope scope, long id) {
        return repository.findById(id).map(s -> entry(s, versions(List.of(id)).getOrDefault(id, List.of()),
                installations(scope, List.of(id)).getOrDefault(id, 0L)));
    }

    public Entry require(AccessScope scope, long id) {
        return find(scope, id).orElseThrow(SoftwareCatalogue::notFound);
    }

    @Transactional
    public Entry create(AccessScope scope, Draft draft) {
        requireEditor(scope);
        Checked c = check(draft);
        if (repository.findByMatchKey(c.matchKey).isPresent()) {
            throw exists(c.name);
        }
        Instant now = clock.instant();
        Software saved;
        try {
            saved = repository.save(new Software(null, c.name, c.publisher, c.matchKey, c.status, c.licences, c.notes,
                    now, now, null));
        } catch (DataAccessException e) {
            throw exists(c.name);
        }
        writeVersions(saved.id(), c.versions);
        attachInstalled(saved.id(), c.matchKey);
        return require(scope, saved.id());
    }

    /** Replaces an entry (name, publisher, status, licences, notes, versions); {@code version} must be current. */
    @Transactional
    public Entry update(AccessScope scope, long id, long version, Draft draft) {
        requireEditor(scope);
        Software current = repository.findById(id).orElseThrow(SoftwareCatalogue::notFound);
        if (current.version() == null || current.version() != version) {
            throw InvProblems.stale("Le logiciel", current.version() == null ? 0 : current.version());
        }
        Checked c = check(draft);
        if (!c.matchKey.equals(current.matchKey())
                && repository.findByMatchKey(c.matchKey).filter(o -> o.id() != id).isPresent()) {
            throw exists(c.name);
        }
        try {
            repository.update(new Software(id, c.name, c.publisher, c.matchKey, c.status, c.licences, c.notes,
                    current.createdAt(), clock.instant(), current.version()));
        } catch (OptimisticLockException e) {
            throw InvProblems.staleConcurrent("Le logiciel");
        }
        jdbc.prepareStatement("DELETE FROM inv_software_version WHERE software_id = ?", ps -> {
            ps.setLong(1, id);
            return ps.executeUpdate();
        });
        writeVersions(id, c.versions);
        if (!c.matchKey.equals(current.matchKey())) {
            jdbc.prepareStatement("UPDATE inv_installed_software SET software_id = NULL WHERE software_id = ?", ps -> {
                ps.setLong(1, id);
                return ps.executeUpdate();
            });
            attachInstalled(id, c.matchKey);
        }
        return require(scope, id);
    }

    /** The catalogue entries of these match keys: match key → entry id (for a machine's software). */
    @Transactional(readOnly = true)
    public Map<String, Long> idsByMatchKey(Collection<String> matchKeys) {
        Map<String, Long> ids = new HashMap<>();
        if (matchKeys.isEmpty()) {
            return ids;
        }
        List<String> keys = List.copyOf(new LinkedHashSet<>(matchKeys));
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            jdbc.prepareStatement("SELECT match_key, id FROM inv_software WHERE match_key IN ("
                    + "?, ".repeat(chunk.size() - 1) + "?)", ps -> {
                        for (int i = 0; i < chunk.size(); i++) {
                            ps.setString(i + 1, chunk.get(i));
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                ids.put(rs.getString(1), rs.getLong(2));
                            }
                        }
                        return null;
                    });
        }
        return ids;
    }

    public static ProblemException notFound() {
        return ProblemException.notFound(InvProblems.SOFTWARE_NOT_FOUND, "Logiciel");
    }

    // ---------------------------------------------------------------- internals

    private record Checked(String name, String publisher, String matchKey, SoftwareStatus status, Integer licences,
                           String notes, List<String> versions) {
    }

    private static Checked check(Draft d) {
        List<FieldError> errors = new ArrayList<>();
        String name = d.name() == null ? null : d.name().strip().replaceAll("\\s+", " ");
        String key = SoftwareNames.matchKey(name);
        if (name == null || name.isEmpty() || key == null) {
            errors.add(new FieldError("name", "required", "Le nom est obligatoire"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new FieldError("name", "too_long", NAME_MAX + " caractères au plus"));
        }
        String publisher = d.publisher() == null || d.publisher().isBlank() ? null : d.publisher().strip();
        if (publisher != null && publisher.length() > PUBLISHER_MAX) {
            errors.add(new FieldError("publisher", "too_long", PUBLISHER_MAX + " caractères au plus"));
        }
        SoftwareStatus status = null;
        if (d.status() == null || d.status().isBlank()) {
            errors.add(new FieldError("status", "required", "Le statut est obligatoire"));
        } else {
            try {
                status = SoftwareStatus.valueOf(d.status().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "invalid",
                        "Statut attendu : APPROVED, TOLERATED, TO_RETIRE ou FORBIDDEN"));
            }
        }
        if (d.licences() != null && (d.licences() < 0 || d.licences() > 1_000_000)) {
            errors.add(new FieldError("licences", "out_of_range", "Nombre de licences entre 0 et 1 000 000"));
        }
        String notes = d.notes() == null || d.notes().isBlank() ? null : d.notes().strip();
        if (notes != null && notes.length() > NOTES_MAX) {
            errors.add(new FieldError("notes", "too_long", NOTES_MAX + " caractères au plus"));
        }
        Set<String> versions = new LinkedHashSet<>();
        if (d.versions() != null) {
            for (String v : d.versions()) {
                if (v == null || v.isBlank()) {
                    continue;
                }
                if (v.strip().length() > VERSION_MAX) {
                    errors.add(new FieldError("versions", "too_long", "Une version compte " + VERSION_MAX
                            + " caractères au plus"));
                    break;
                }
                versions.add(v.strip());
            }
            if (versions.size() > VERSIONS_MAX) {
                errors.add(new FieldError("versions", "too_many", VERSIONS_MAX + " versions au plus"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(InvProblems.INVALID, errors);
        }
        return new Checked(name, publisher, key, status, d.licences(), notes, List.copyOf(versions));
    }

    private void writeVersions(long id, List<String> versions) {
        if (versions.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO inv_software_version (software_id, version) VALUES (?, ?)", ps -> {
            for (String v : versions) {
                ps.setLong(1, id);
                ps.setString(2, v);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    private void attachInstalled(long id, String matchKey) {
        jdbc.prepareStatement("UPDATE inv_installed_software SET software_id = ? WHERE match_key = ?", ps -> {
            ps.setLong(1, id);
            ps.setString(2, matchKey);
            return ps.executeUpdate();
        });
    }

    private Map<Long, List<String>> versions(List<Long> ids) {
        Map<Long, List<String>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.prepareStatement("SELECT software_id, version FROM inv_software_version WHERE software_id IN ("
                + "?, ".repeat(ids.size() - 1) + "?) ORDER BY software_id, id", ps -> {
                    for (int i = 0; i < ids.size(); i++) {
                        ps.setLong(i + 1, ids.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                        }
                    }
                    return null;
                });
        return out;
    }

    /** Installations per entry, counted within the scope (a commune viewer: its commune's machines). */
    private Map<Long, Long> installations(AccessScope scope, List<Long> ids) {
        Map<Long, Long> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String commune = scope.communeFilter();
        String in = "?, ".repeat(ids.size() - 1) + "?";
        String sql = commune == null
                ? "SELECT software_id, COUNT(*) FROM inv_installed_software WHERE software_id IN (" + in
                + ") GROUP BY software_id"
                : "SELECT i.software_id, COUNT(*) FROM inv_installed_software i JOIN inv_ci c ON c.id = i.ci_id"
                + " WHERE i.software_id IN (" + in + ") AND c.commune_code = ? GROUP BY i.software_id";
        jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            for (Long id : ids) {
                ps.setLong(i++, id);
            }
            if (commune != null) {
                ps.setString(i, commune);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return null;
        });
        return out;
    }

    private static Entry entry(Software s, List<String> versions, long installations) {
        return new Entry(s.id(), s.name(), s.publisher(), s.status(), s.licences(), s.notes(), versions, installations,
                s.createdAt(), s.updatedAt(), s.version() == null ? 0 : s.version());
    }

    /** Who may edit the catalogue: administrators and centre managers. */
    public static boolean mayEdit(AccessScope scope) {
        return scope.has(Role.ADMIN) || scope.has(Role.CENTRE_MANAGER);
    }

    private static void requireEditor(AccessScope scope) {
        if (!mayEdit(scope)) {
            throw InvProblems.forbidden("Seuls les administrateurs et les responsables de centre modifient le catalogue");
        }
    }

    private static ProblemException exists(String name) {
        return InvProblems.conflict(InvProblems.SOFTWARE_EXISTS, "Logiciel déjà au catalogue",
                "Le catalogue a déjà une entrée pour « " + name + " »", Map.of());
    }
}
