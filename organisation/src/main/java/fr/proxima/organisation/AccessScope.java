package fr.proxima.organisation;

import java.util.Objects;
import java.util.Optional;

/**
 * What the current user may read and change, resolved once per request from its token and handed to every read
 * of a scoped table (tickets, calls, CIs...). The rule that matters most: a commune viewer reads only its
 * commune's records; anything else answers as if it did not exist.
 *
 * <p>Read scope: a commune viewer reads its commune; everyone else reads every commune. Change scope is the
 * business of each module (e.g. a technician changes the tickets of its centre or those assigned to it), using
 * {@link #team()} and {@link #userId()}.
 */
public record AccessScope(String username, Long userId, Role role, TeamCode team, CommuneCode commune) {

    public static final String SYSTEM = "system";

    public AccessScope {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == Role.COMMUNE_VIEWER && commune == null) {
            throw new IllegalArgumentException("a commune viewer is bound to one commune");
        }
        if (role.boundToTeam() && team == null) {
            throw new IllegalArgumentException("a " + role + " is bound to one team");
        }
    }

    /** The scope of the system itself (scheduled jobs, seeding): reads and changes everything. */
    public static AccessScope system() {
        return new AccessScope(SYSTEM, null, Role.ADMIN, null, null);
    }

    /** The only commune this scope may read, or empty when it reads every commune. */
    public Optional<CommuneCode> readableCommune() {
        return role == Role.COMMUNE_VIEWER ? Optional.of(commune) : Optional.empty();
    }

    /** The commune code a scoped query must filter on, or {@code null} for every commune. */
    public String communeFilter() {
        return role == Role.COMMUNE_VIEWER ? commune.value() : null;
    }

    public boolean canRead(CommuneCode code) {
        return role != Role.COMMUNE_VIEWER || commune.equals(code);
    }

    public boolean canRead(String communeCode) {
        return role != Role.COMMUNE_VIEWER || commune.value().equals(communeCode);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isReadOnly() {
        return role == Role.COMMUNE_VIEWER;
    }

    public boolean has(Role r) {
        return role == r;
    }
}
