package fr.proxima.organisation.team;

import fr.proxima.organisation.internal.CachedSnapshot;
import fr.proxima.organisation.internal.Clocks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The teams tickets go to: the proximity centres and the central support groups. Read constantly and changed
 * rarely, so they are served from memory (see {@link CachedSnapshot}).
 */
@Singleton
public class Teams {
    private final TeamRepository repository;
    private final TransactionOperations<Connection> tx;
    private final CachedSnapshot<Map<String, Team>> snapshot;

    Teams(TeamRepository repository, TransactionOperations<Connection> tx, @Nullable Clock clock) {
        this.repository = repository;
        this.tx = tx;
        this.snapshot = new CachedSnapshot<>(this::load, Duration.ofMinutes(1), Clocks.orSystem(clock));
    }

    private Map<String, Team> load() {
        Map<String, Team> byCode = new LinkedHashMap<>();
        repository.findAllOrderByName().forEach(t -> byCode.put(t.code(), t));
        return java.util.Collections.unmodifiableMap(byCode);
    }

    public Optional<Team> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot.get().get(code));
    }

    /** The proximity centre with this code, if it is one. */
    public Optional<Team> centre(String code) {
        return find(code).filter(t -> t.kind() == TeamKind.PROXIMITY_CENTRE);
    }

    /** The proximity centres, by name. */
    public List<Team> centres() {
        return all().stream().filter(t -> t.kind() == TeamKind.PROXIMITY_CENTRE).toList();
    }

    /** Every team, by name. */
    public List<Team> all() {
        return List.copyOf(snapshot.get().values());
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    /** Creates or replaces a team (reference data loading). */
    public Team save(Team team) {
        Team saved = repository.existsById(team.code()) ? repository.update(team) : repository.save(team);
        snapshot.invalidate(tx);
        return saved;
    }
}
