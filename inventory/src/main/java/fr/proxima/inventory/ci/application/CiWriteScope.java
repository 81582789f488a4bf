package fr.proxima.inventory.ci.application;

import fr.proxima.inventory.ci.model.CiPermissions;
import fr.proxima.inventory.internal.InvProblems;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Organisation;

import java.time.Clock;
import java.util.Optional;

/**
 * {@link CiPermissions} against the organisation's commune → centre map in force: the 403 {@code INV-3003} of a
 * technician changing a CI of a commune its centre does not serve.
 */
public final class CiWriteScope {
    private final Organisation organisation;
    private final Clock clock;

    public CiWriteScope(Organisation organisation, Clock clock) {
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The map as of now. */
    public CiPermissions.CentreMap map() {
        return new CiPermissions.CentreMap() {
            @Override
            public Optional<String> centreOf(String communeCode) {
                return organisation.centreOf(communeCode, clock.instant());
            }

            @Override
            public boolean isProximityCentre(String teamCode) {
                // a team the organisation does not know (a stale claim) counts as a centre that serves no commune,
                // never as a central group that may change every commune
                return organisation.team(teamCode).map(Organisation.TeamInfo::proximityCentre).orElse(true);
            }
        };
    }

    public boolean mayWrite(AccessScope scope, String communeCode) {
        return CiPermissions.mayWrite(scope, communeCode, map());
    }

    /** The centre the scope's changes are limited to (see {@link CiPermissions#limitedToCentre}). */
    public Optional<String> limitedToCentre(AccessScope scope) {
        return CiPermissions.limitedToCentre(scope, map());
    }

    /** 403 unless the scope may change the CIs of {@code communeCode}. */
    public void require(AccessScope scope, String communeCode) {
        if (!mayWrite(scope, communeCode)) {
            throw InvProblems.forbidden(refusal(scope, communeCode));
        }
    }

    /** The French reason a change of a CI of {@code communeCode} is refused to the scope. */
    public String refusal(AccessScope scope, String communeCode) {
        return scope.team() == null ? "Ce profil ne modifie pas les matériels de "
                + organisation.communeName(communeCode) : refusal(scope.team().value(), communeCode);
    }

    /** The French reason a change of a CI of {@code communeCode} is refused to a member of {@code team}. */
    public String refusal(String team, String communeCode) {
        return "Les matériels de " + organisation.communeName(communeCode) + " relèvent d'un autre centre que « "
                + organisation.team(team).map(Organisation.TeamInfo::name).orElse(team) + " »";
    }
}
