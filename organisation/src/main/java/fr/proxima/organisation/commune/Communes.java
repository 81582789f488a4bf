package fr.proxima.organisation.commune;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneJoined;
import io.micronaut.context.event.ApplicationEventPublisher;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.audit.AuditLog;
import fr.proxima.organisation.internal.CachedSnapshot;
import fr.proxima.organisation.internal.Clocks;
import fr.proxima.organisation.internal.Changes;
import fr.proxima.organisation.internal.FieldErrors;
import fr.proxima.organisation.internal.OrgProblems;
import fr.proxima.organisation.internal.Text;
import fr.proxima.organisation.team.Team;
import fr.proxima.organisation.team.Teams;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The communes (and the Métropole) and the commune → centre map with its history.
 *
 * <p>Both are small and read on every ticket, so they are served from one in-memory snapshot, dropped on every
 * change (see {@link CachedSnapshot}). The snapshot holds the whole history of the map, not only the periods in
 * force, so {@link #centreOf(String, Instant)} answers for past instants without a query.
 */
@Singleton
public class Communes {
    private static final Pattern INSEE = Pattern.compile("^\\d[0-9AB]\\d{3}$");

    /** Everything the snapshot holds: the communes by name order, and each commune's periods, oldest first. */
    private record Snapshot(Map<String, Commune> byCode, Map<String, List<CommuneCentre>> periods) {
    }

    private final CommuneRepository communes;
    private final CommuneCentreRepository map;
    private final Teams teams;
    private final AuditLog audit;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final CachedSnapshot<Snapshot> snapshot;

    private final ApplicationEventPublisher<CommuneJoined> joined;

    Communes(CommuneRepository communes, CommuneCentreRepository map, Teams teams, AuditLog audit,
             TransactionOperations<Connection> tx, ApplicationEventPublisher<CommuneJoined> joined,
             @Nullable Clock clock) {
        this.joined = joined;
        this.communes = communes;
        this.map = map;
        this.teams = teams;
        this.audit = audit;
        this.tx = tx;
        this.clock = Clocks.orSystem(clock);
        this.snapshot = new CachedSnapshot<>(this::load, Duration.ofMinutes(1), this.clock);
    }

    private Snapshot load() {
        Map<String, Commune> byCode = new LinkedHashMap<>();
        communes.findAllOrderByName().forEach(c -> byCode.put(c.code(), c));
        Map<String, List<CommuneCentre>> periods = new HashMap<>();
        for (CommuneCentre p : map.findAllOrderByCommuneCodeAndValidFrom()) {
            periods.computeIfAbsent(p.communeCode(), k -> new ArrayList<>()).add(p);
        }
        periods.replaceAll((k, v) -> List.copyOf(v));
        return new Snapshot(Collections.unmodifiableMap(byCode), Map.copyOf(periods));
    }

    // ---- reads (served from memory) ---------------------------------------------------------------------------

    /** The Métropole and the communes, by name. */
    public List<Commune> all() {
        return List.copyOf(snapshot.get().byCode().values());
    }

    public Optional<Commune> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot.get().byCode().get(code));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    public boolean isEmpty() {
        return communes.count() == 0;
    }

    /** The centre serving the commune at the given instant (past instants included), or empty if none did. */
    public Optional<String> centreOf(String communeCode, Instant at) {
        return periodAt(communeCode, at).map(CommuneCentre::centreCode);
    }

    /** The period of the map covering the instant. */
    public Optional<CommuneCentre> periodAt(String communeCode, Instant at) {
        List<CommuneCentre> periods = snapshot.get().periods().getOrDefault(communeCode, List.of());
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (periods.get(i).covers(at)) {
                return Optional.of(periods.get(i));
            }
        }
        return Optional.empty();
    }

    /** The map in force now: commune code → centre code. */
    public Map<String, String> currentMap() {
        Map<String, String> current = new LinkedHashMap<>();
        snapshot.get().periods().forEach((commune, periods) -> {
            CommuneCentre last = periods.get(periods.size() - 1);
            if (last.validTo() == null) {
                current.put(commune, last.centreCode());
            }
        });
        return current;
    }

    /** The communes a centre serves now, by name. */
    public List<Commune> servedBy(String centreCode) {
        Map<String, String> current = currentMap();
        return all().stream().filter(c -> centreCode.equals(current.get(c.code()))).toList();
    }

    /** Every period of the commune's map, newest first. */
    public List<CommuneCentre> history(String communeCode) {
        List<CommuneCentre> periods = new ArrayList<>(snapshot.get().periods().getOrDefault(communeCode, List.of()));
        Collections.reverse(periods);
        return periods;
    }

    // ---- writes ----------------------------------------------------------------------------------------------

    /** Creates or replaces a commune as it stands (reference data loading, not audited: the seed is the source). */
    @Transactional
    public Commune save(Commune commune) {
        Commune saved = communes.existsById(commune.code()) ? communes.update(commune) : communes.save(commune);
        snapshot.invalidate(tx);
        return saved;
    }

    /** A commune joins the shared IT department (admin). */
    @Transactional
    public Commune create(AccessScope by, NewCommune c) {
        requireAdmin(by);
        FieldErrors errors = new FieldErrors()
                .check(c.code() != null && INSEE.matcher(c.code()).matches(), "code", "format",
                        "Code INSEE à 5 caractères attendu")
                .check(Text.trimToNull(c.name()) != null, "name", "required", "Nom obligatoire")
                .check(c.population() == null || c.population() >= 0, "population", "range", "Population positive");
        checkCoordinates(errors, c.latitude(), c.longitude());
        Team centre = null;
        if (c.centre() != null) {
            centre = teams.centre(c.centre()).orElse(null);
            errors.check(centre != null && centre.active(), "centre", "unknown", "Centre de proximité inconnu");
        }
        errors.throwIfAny();
        String name = c.name().strip();
        if (communes.existsById(c.code()) || communes.existsByName(name)) {
            throw OrgProblems.conflict(OrgProblems.COMMUNE_EXISTS, "Commune déjà existante",
                    "Une commune porte déjà ce code ou ce nom");
        }
        Commune saved = communes.save(new Commune(c.code(), name, CommuneKind.COMMUNE, c.population(), c.latitude(),
                c.longitude(), c.mutualised(), null, null, null));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", name);
        details.put("population", c.population());
        details.put("mutualised", c.mutualised());
        details.put("centre", c.centre());
        audit.record(by, "CREATE", "COMMUNE", saved.code(), details);
        if (centre != null) {
            assign(by, saved.code(), centre.code(), now(), "Adhésion de la commune");
        }
        snapshot.invalidate(tx);
        joined.publishEvent(new CommuneJoined(saved.code(), name, now(), by.username()));
        return saved;
    }

    /** Changes a commune's description (admin); {@code version} is the one the client read. */
    @Transactional
    public Commune update(AccessScope by, String code, long version, CommuneChanges c) {
        requireAdmin(by);
        Commune current = communes.findById(code).orElseThrow(OrgProblems::communeNotFound);
        FieldErrors errors = new FieldErrors()
                .check(Text.trimToNull(c.name()) != null, "name", "required", "Nom obligatoire")
                .check(c.population() == null || c.population() >= 0, "population", "range", "Population positive");
        checkCoordinates(errors, c.latitude(), c.longitude());
        errors.throwIfAny();
        if (current.version() != version) {
            throw OrgProblems.stale("La commune");
        }
        String name = c.name().strip();
        if (!name.equals(current.name()) && communes.existsByName(name)) {
            throw OrgProblems.conflict(OrgProblems.COMMUNE_EXISTS, "Commune déjà existante", "Une commune porte déjà ce nom");
        }
        Commune changed = new Commune(code, name, current.kind(), c.population(), c.latitude(), c.longitude(),
                c.mutualised(), version, current.createdAt(), current.updatedAt());
        Commune saved;
        try {
            saved = communes.update(changed);
        } catch (OptimisticLockException e) {
            throw OrgProblems.stale("La commune");
        }
        audit.record(by, "UPDATE", "COMMUNE", code, diff(current, saved));
        snapshot.invalidate(tx);
        return saved;
    }

    /**
     * Moves the commune to another proximity centre from now on (admin): the period in force is closed and a new
     * one opened, so tickets created before keep the centre they were routed to. Moving to the centre already in
     * force changes nothing.
     */
    @Transactional
    public CommuneCentre moveToCentre(AccessScope by, String communeCode, String centreCode, String reason) {
        requireAdmin(by);
        communes.lock(communeCode).orElseThrow(OrgProblems::communeNotFound);
        Team centre = teams.centre(centreCode).filter(Team::active).orElse(null);
        new FieldErrors()
                .check(centre != null, "centre", "unknown", "Centre de proximité inconnu")
                .check(Text.trimToNull(reason) != null, "reason", "required", "Motif obligatoire")
                .throwIfAny();
        Optional<CommuneCentre> current = map.findByCommuneCodeAndValidToIsNull(communeCode);
        if (current.isPresent() && current.get().centreCode().equals(centreCode)) {
            return current.get();
        }
        return assign(by, communeCode, centreCode, now(), reason.strip());
    }

    private CommuneCentre assign(AccessScope by, String communeCode, String centreCode, Instant at, String reason) {
        Optional<CommuneCentre> current = map.findByCommuneCodeAndValidToIsNull(communeCode);
        if (current.isPresent() && !current.get().validFrom().isBefore(at)) {
            throw OrgProblems.conflict(OrgProblems.MAP_CHANGE, "Changement de centre impossible",
                    "La période en vigueur commence après l'instant demandé");
        }
        CommuneCentre opened = assignToCentre(communeCode, centreCode, at, by.username(), reason);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("centre", List.of(current.map(CommuneCentre::centreCode).orElse(""), centreCode));
        details.put("from", at.toString());
        details.put("reason", reason);
        audit.record(by, "MOVE_TO_CENTRE", "COMMUNE", communeCode, details);
        return opened;
    }

    /**
     * Puts the commune under a centre from {@code at} on, closing the period in force (reference data loading;
     * the API goes through {@link #moveToCentre}, which checks, locks and audits).
     */
    @Transactional
    public CommuneCentre assignToCentre(String communeCode, String centreCode, Instant at, String by, String reason) {
        Optional<CommuneCentre> current = map.findByCommuneCodeAndValidToIsNull(communeCode);
        if (current.isPresent() && current.get().centreCode().equals(centreCode)) {
            return current.get();
        }
        current.ifPresent(c -> map.update(c.close(at)));
        CommuneCentre opened = map.save(new CommuneCentre(null, communeCode, centreCode, at, null, by, reason));
        snapshot.invalidate(tx);
        return opened;
    }

    /** Now, at the database's precision (microseconds), so what is returned equals what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireAdmin(AccessScope by) {
        if (!by.isAdmin()) {
            throw OrgProblems.adminOnly();
        }
    }

    private static void checkCoordinates(FieldErrors errors, BigDecimal lat, BigDecimal lon) {
        errors.check(lat == null || lat.abs().compareTo(BigDecimal.valueOf(90)) <= 0, "latitude", "range",
                        "Latitude entre -90 et 90")
                .check(lon == null || lon.abs().compareTo(BigDecimal.valueOf(180)) <= 0, "longitude", "range",
                        "Longitude entre -180 et 180")
                .check((lat == null) == (lon == null), "latitude", "pair", "Latitude et longitude vont ensemble");
    }

    private static Map<String, Object> diff(Commune a, Commune b) {
        return new Changes()
                .field("name", a.name(), b.name())
                .field("population", a.population(), b.population())
                .field("mutualised", a.mutualised(), b.mutualised())
                .field("latitude", a.latitude(), b.latitude())
                .field("longitude", a.longitude(), b.longitude())
                .asMap();
    }

    /** What a new commune is made of. */
    public record NewCommune(String code, String name, @Nullable Integer population, boolean mutualised,
                             @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable String centre) {
    }

    /** The editable description of a commune. */
    public record CommuneChanges(String name, @Nullable Integer population, boolean mutualised,
                                 @Nullable BigDecimal latitude, @Nullable BigDecimal longitude) {
    }

    static boolean isCode(String code) {
        return CommuneCode.isValid(code);
    }
}
