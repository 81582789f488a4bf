package fr.proxima.inventory.ci.model;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Role;

/**
 * Who may change the configuration database. Reading follows the access scope (a commune viewer reads its
 * commune's CIs only). Writing CIs, their relations and installed software: administrators, centre managers and
 * technicians (the people who install, move and repair equipment), for every commune; the CAN and the commune
 * viewers read. Naming a CI on a ticket is also open to the CAN, who logs the call.
 */
public final class CiPermissions {
    private CiPermissions() {
    }

    public static boolean mayWrite(AccessScope scope) {
        return scope.has(Role.ADMIN) || scope.has(Role.CENTRE_MANAGER) || scope.has(Role.TECHNICIAN);
    }

    public static boolean mayLinkTickets(AccessScope scope) {
        return mayWrite(scope) || scope.has(Role.CAN_AGENT);
    }
}
