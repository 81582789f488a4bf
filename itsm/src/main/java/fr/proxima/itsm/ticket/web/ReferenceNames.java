package fr.proxima.itsm.ticket.web;

import fr.proxima.itsm.category.Categories;
import fr.proxima.itsm.category.Category;
import fr.proxima.organisation.commune.Commune;
import fr.proxima.organisation.commune.Communes;
import fr.proxima.organisation.team.Team;
import fr.proxima.organisation.team.Teams;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Display names of communes, teams and categories for responses, cached for a minute: a list of fifty tickets
 * must not cost fifty lookups, and these names change rarely (a renamed team shows under its new name within a
 * minute).
 */
@Singleton
class ReferenceNames {
    private static final Duration TTL = Duration.ofSeconds(60);

    private final Communes communes;
    private final Teams teams;
    private final Categories categories;
    private volatile Map<String, String> communeNames = Map.of();
    private volatile Map<String, String> teamNames = Map.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    ReferenceNames(Communes communes, Teams teams, Categories categories) {
        this.communes = communes;
        this.teams = teams;
        this.categories = categories;
    }

    String commune(String code) {
        return lookup(code, true);
    }

    String team(String code) {
        return lookup(code, false);
    }

    String category(String code) {
        return code == null ? null : categories.find(code).map(Category::name).orElse(code);
    }

    private String lookup(String code, boolean commune) {
        if (code == null) {
            return null;
        }
        refreshIfOld();
        String name = (commune ? communeNames : teamNames).get(code);
        if (name == null) {
            loadedAt = Instant.EPOCH; // a new commune or team: reload once
            refreshIfOld();
            name = (commune ? communeNames : teamNames).getOrDefault(code, code);
        }
        return name;
    }

    private void refreshIfOld() {
        Instant now = Instant.now();
        if (loadedAt.plus(TTL).isBefore(now)) {
            communeNames = communes.all().stream().collect(Collectors.toMap(Commune::code, Commune::name));
            teamNames = teams.all().stream().collect(Collectors.toMap(Team::code, Team::name));
            loadedAt = now;
        }
    }
}
