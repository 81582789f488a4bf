package fr.proxima.organisation.team;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Read access to the teams (proximity centres and support groups). */
@Singleton
public class Teams {
    private final TeamRepository repository;

    Teams(TeamRepository repository) {
        this.repository = repository;
    }

    public Optional<Team> find(String code) {
        return code == null ? Optional.empty() : repository.findById(code);
    }

    public List<Team> centres() {
        return repository.findByKindOrderByName(TeamKind.PROXIMITY_CENTRE);
    }

    public List<Team> all() {
        return repository.findAllOrderByName();
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    public Team save(Team team) {
        return repository.existsById(team.code()) ? repository.update(team) : repository.save(team);
    }
}
