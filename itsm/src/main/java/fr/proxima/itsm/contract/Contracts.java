package fr.proxima.itsm.contract;

import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.calendar.catalogue.Calendars;
import fr.proxima.itsm.sla.model.Targets;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneJoined;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.ProblemException.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contracts of engagement. Reading follows the access scope: a commune viewer reads its own commune's contract
 * and nothing else (not even the default template); every other role reads them all. Only administrators revise.
 */
@Singleton
@Connectable
public class Contracts {
    /** The template copied for a commune that joins. */
    public static final String DEFAULT = "DEFAULT";

    private final JdbcOperations jdbc;
    private final Calendars calendars;
    private final Organisation organisation;
    private final Clock clock;
    /** Versions never change once written: cached forever by id. */
    private final Map<Long, Contract> byId = new ConcurrentHashMap<>();

    Contracts(JdbcOperations jdbc, Calendars calendars, Organisation organisation, @Nullable Clock clock) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.organisation = organisation;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    // ------------------------------------------------------------------ for the clock (no scope: system use)

    /**
     * The version in force for a commune, copying the default contract first if the commune has none yet (a commune
     * created before contracts existed, or seeded). Joins the caller's transaction; safe when two tickets of a new
     * commune open at once (the copy is an INSERT IGNORE on the unique (commune, version)).
     */
    @Transactional
    public Contract inForceFor(String communeCode) {
        Optional<Long> id = latestId(communeCode);
        if (id.isPresent()) {
            return byId(id.get());
        }
        copyDefault(communeCode, AccessScope.SYSTEM);
        return byId(latestId(communeCode).orElseThrow());
    }

    /** A version by id (cached: versions are immutable). */
    public Contract byId(long id) {
        Contract c = byId.get(id);
        if (c == null) {
            c = load(id).orElseThrow(() -> new IllegalStateException("no contract " + id));
            byId.put(id, c);
        }
        return c;
    }

    /** A commune that joins gets a copy of the default contract, in the transaction that creates it. */
    @EventListener
    void onCommuneJoined(CommuneJoined e) {
        if (latestId(e.code()).isEmpty()) {
            copyDefault(e.code(), e.actor());
        }
    }

    // ------------------------------------------------------------------ scoped reads

    /** The contract in force of every commune the scope reads (plus the default for all but commune viewers). */
    @Transactional(readOnly = true)
    public List<Contract> inForce(AccessScope scope) {
        String only = scope.communeFilter();
        List<Long> ids = jdbc.prepareStatement("SELECT MAX(id) FROM itsm_sla_contract"
                + (only == null ? "" : " WHERE commune_code = ?") + " GROUP BY commune_code ORDER BY commune_code",
                ps -> {
                    if (only != null) {
                        ps.setString(1, only);
                    }
                    return ids(ps);
                });
        return ids.stream().map(this::byId).toList();
    }

    /**
     * The contract in force for a commune (or {@link #DEFAULT}) if the scope reads it. A commune still following
     * the default (no copy yet) answers the default's content with version 0 and {@code communeCode} set: its first
     * ticket or an administrator's edit writes its own version 1.
     */
    @Transactional(readOnly = true)
    public Optional<Contract> current(String communeCode, AccessScope scope) {
        if (!readable(communeCode, scope)) {
            return Optional.empty();
        }
        Optional<Long> id = latestId(communeCode);
        if (id.isPresent()) {
            return Optional.of(byId(id.get()));
        }
        if (DEFAULT.equals(communeCode) || !organisation.communeExists(communeCode)) {
            return Optional.empty();
        }
        Contract d = byId(latestId(DEFAULT).orElseThrow());
        return Optional.of(new Contract(0, communeCode, 0, d.calendarId(), d.atRiskPercent(), d.note(), d.createdBy(),
                d.createdAt(), d.targets()));
    }

    /** Every version of a commune's contract, newest first. */
    @Transactional(readOnly = true)
    public List<Contract> versions(String communeCode, AccessScope scope) {
        if (!readable(communeCode, scope)) {
            return List.of();
        }
        return jdbc.prepareStatement("SELECT id FROM itsm_sla_contract WHERE commune_code = ? ORDER BY version DESC",
                ps -> {
                    ps.setString(1, communeCode);
                    return ids(ps);
                }).stream().map(this::byId).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Contract> version(String communeCode, int version, AccessScope scope) {
        if (!readable(communeCode, scope)) {
            return Optional.empty();
        }
        return jdbc.prepareStatement("SELECT id FROM itsm_sla_contract WHERE commune_code = ? AND version = ?", ps -> {
            ps.setString(1, communeCode);
            ps.setInt(2, version);
            return ids(ps);
        }).stream().findFirst().map(this::byId);
    }

    /** A version by id if the scope reads its commune. */
    public Optional<Contract> byId(long id, AccessScope scope) {
        Optional<Contract> c = load(id);
        return c.filter(x -> readable(x.communeCode(), scope));
    }

    private static boolean readable(String communeCode, AccessScope scope) {
        if (communeCode == null) {
            return false;
        }
        if (DEFAULT.equals(communeCode)) {
            return !scope.isReadOnly();
        }
        return scope.canRead(communeCode);
    }

    // ------------------------------------------------------------------ revision

    /** What an administrator sends: the whole contract (every type × priority). */
    public record Revision(String calendarId, Integer atRiskPercent, @Nullable String note, List<Contract.Target> targets) {
    }

    /**
     * Writes the next version of a commune's (or the default) contract; {@code expectedVersion} is the version the
     * client read (0 for a commune still following the default). Tickets already open keep their version.
     */
    @Transactional
    public Contract revise(String communeCode, int expectedVersion, Revision r, AccessScope scope) {
        if (!scope.isAdmin()) {
            if (!readable(communeCode, scope)) {
                throw ContractProblems.notFound();
            }
            throw ProblemException.forbidden(ContractProblems.FORBIDDEN,
                    "Seul un administrateur modifie un contrat d'engagement");
        }
        if (!DEFAULT.equals(communeCode) && !organisation.communeExists(communeCode)) {
            throw ContractProblems.notFound();
        }
        List<FieldError> errors = new ArrayList<>();
        if (r.calendarId() == null || !calendars.exists(r.calendarId())) {
            errors.add(new FieldError("calendarId", r.calendarId() == null ? "required" : "unknown",
                    "Calendrier inconnu"));
        }
        if (r.atRiskPercent() == null || r.atRiskPercent() < 1 || r.atRiskPercent() > 100) {
            errors.add(new FieldError("atRiskPercent", "out_of_range", "Seuil « à risque » entre 1 et 100 %"));
        }
        if (r.note() != null && r.note().length() > 500) {
            errors.add(new FieldError("note", "too_long", "500 caractères au plus"));
        }
        Map<String, Contract.Target> complete = new LinkedHashMap<>();
        if (r.targets() != null) {
            for (Contract.Target t : r.targets()) {
                if (t != null && complete.put(t.type() + ":" + t.priority(), t) != null) {
                    errors.add(new FieldError("targets", "duplicate", "Cible en double : " + t.type() + " " + t.priority()));
                }
            }
        }
        for (TicketType type : TicketType.values()) {
            for (String p : Contract.PRIORITIES) {
                if (!complete.containsKey(type + ":" + p)) {
                    errors.add(new FieldError("targets", "missing", "Cible manquante : " + type + " " + p));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(ContractProblems.INVALID, errors);
        }
        int current = latestId(communeCode).map(id -> byId(id).version()).orElse(0);
        if (current != expectedVersion) {
            throw ContractProblems.stale(current);
        }
        long id = insert(communeCode, current + 1, r.calendarId(), r.atRiskPercent(), r.note(), scope.username(),
                new ArrayList<>(complete.values()));
        if (id < 0) {
            throw ContractProblems.stale(current + 1);
        }
        return byId(id);
    }

    // ------------------------------------------------------------------ storage

    private void copyDefault(String communeCode, String actor) {
        Contract d = byId(latestId(DEFAULT).orElseThrow(() -> new IllegalStateException("no default contract")));
        insert(communeCode, 1, d.calendarId(), d.atRiskPercent(), "Copie du contrat type (version " + d.version() + ")",
                actor, d.targets());
    }

    /** Inserts a version and its targets; -1 when that (commune, version) already exists (a concurrent writer). */
    private long insert(String communeCode, int version, String calendarId, int atRiskPercent, String note,
                        String actor, List<Contract.Target> targets) {
        Instant now = clock.instant();
        long id;
        try (PreparedStatement ps = jdbc.getConnection().prepareStatement("INSERT IGNORE INTO itsm_sla_contract"
                + " (commune_code, version, calendar_id, at_risk_percent, note, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, communeCode);
            ps.setInt(2, version);
            ps.setString(3, calendarId);
            ps.setInt(4, atRiskPercent);
            ps.setString(5, note);
            ps.setString(6, actor);
            ps.setTimestamp(7, Timestamp.from(now));
            if (ps.executeUpdate() != 1) {
                id = -1;
            } else {
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write contract " + communeCode + " v" + version, e);
        }
        if (id < 0) {
            return -1;
        }
        jdbc.prepareStatement("INSERT INTO itsm_sla_contract_target (contract_id, ticket_type, priority,"
                + " take_charge_minutes, resolution_minutes) VALUES (?, ?, ?, ?, ?)", ps -> {
            for (Contract.Target t : targets) {
                ps.setLong(1, id);
                ps.setString(2, t.type().name());
                ps.setString(3, t.priority());
                ps.setLong(4, t.targets().takeChargeMinutes());
                ps.setLong(5, t.targets().resolutionMinutes());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
        return id;
    }

    private Optional<Long> latestId(String communeCode) {
        return jdbc.prepareStatement("SELECT id FROM itsm_sla_contract WHERE commune_code = ?"
                + " ORDER BY version DESC LIMIT 1", ps -> {
            ps.setString(1, communeCode);
            return ids(ps);
        }).stream().findFirst();
    }

    private Optional<Contract> load(long id) {
        Contract cached = byId.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        return jdbc.prepareStatement("SELECT id, commune_code, version, calendar_id, at_risk_percent, note, created_by,"
                + " created_at FROM itsm_sla_contract WHERE id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Contract>empty();
                }
                Contract c = new Contract(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), targetsOf(id));
                byId.put(id, c);
                return Optional.of(c);
            }
        });
    }

    private List<Contract.Target> targetsOf(long id) {
        return jdbc.prepareStatement("SELECT ticket_type, priority, take_charge_minutes, resolution_minutes"
                + " FROM itsm_sla_contract_target WHERE contract_id = ? ORDER BY ticket_type, priority", ps -> {
            ps.setLong(1, id);
            List<Contract.Target> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Contract.Target(TicketType.valueOf(rs.getString(1)), rs.getString(2),
                            Targets.of(rs.getLong(3), rs.getLong(4))));
                }
            }
            return out;
        });
    }

    private static List<Long> ids(PreparedStatement ps) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
