package fr.proxima.inventory.ci.model;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Role;

import java.util.Optional;

/**
 * Who may change the configuration database. Everyone but a commune viewer reads every commune's CIs; changing them
 * is narrower:
 * <ul>
 *   <li>ADMIN (the configuration centre): every CI;</li>
 *   <li>TECHNICIAN and CENTRE_MANAGER of a proximity centre: the CIs owned by the communes their centre serves now
 *       (the commune → centre map in force), and only towards such a commune;</li>
 *   <li>TECHNICIAN and CENTRE_MANAGER of a central support group (network, servers, telephony...): every CI, since
 *       those groups look after the shared infrastructure of all communes;</li>
 *   <li>CAN_AGENT: names CIs on tickets, changes none; COMMUNE_VIEWER: nothing.</li>
 * </ul>
 * Stock movements change a unit's status, site and person through the stock's own permission (a centre moves its
 * stock whatever entity owns the units), not through this one.
 */
public final class CiPermissions {

    /** What the commune rule needs to know of the organisation, as of now. */
    public interface CentreMap {
        /** The proximity centre serving the commune now. */
        Optional<String> centreOf(String communeCode);

        /** Whether the team is one of the proximity centres; false only for a known central support group. */
        boolean isProximityCentre(String teamCode);
    }

    private CiPermissions() {
    }

    /** Whether the role may change CIs at all (some commune's, at least). */
    public static boolean mayWrite(AccessScope scope) {
        return scope.has(Role.ADMIN) || scope.has(Role.CENTRE_MANAGER) || scope.has(Role.TECHNICIAN);
    }

    /** Whether the scope may change a CI owned by {@code communeCode}, or give a CI to it. */
    public static boolean mayWrite(AccessScope scope, String communeCode, CentreMap map) {
        if (scope.has(Role.ADMIN)) {
            return true;
        }
        if (!mayWrite(scope) || scope.team() == null) {
            return false;
        }
        String team = scope.team().value();
        if (!map.isProximityCentre(team)) {
            return true;
        }
        return map.centreOf(communeCode).map(team::equals).orElse(false);
    }

    /**
     * The one centre whose communes the scope may change, or empty when the scope is not limited to one centre
     * (an administrator, a central support group) or may change nothing.
     */
    public static Optional<String> limitedToCentre(AccessScope scope, CentreMap map) {
        if (scope.has(Role.ADMIN) || !mayWrite(scope) || scope.team() == null
                || !map.isProximityCentre(scope.team().value())) {
            return Optional.empty();
        }
        return Optional.of(scope.team().value());
    }

    public static boolean mayLinkTickets(AccessScope scope) {
        return mayWrite(scope) || scope.has(Role.CAN_AGENT);
    }
}
