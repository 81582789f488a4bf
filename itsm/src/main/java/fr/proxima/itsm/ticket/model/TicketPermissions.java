package fr.proxima.itsm.ticket.model;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what to a ticket (independent of its state, which {@link TicketLifecycle} checks):
 * <ul>
 *   <li>ADMIN: everything;</li>
 *   <li>CAN_AGENT: creates tickets for any commune, edits them, reopens and cancels them;</li>
 *   <li>TECHNICIAN and CENTRE_MANAGER: every action on the tickets assigned to their team or to them personally;
 *       a manager may also reassign every ticket of the centre they manage;</li>
 *   <li>COMMUNE_VIEWER: nothing (reads only).</li>
 * </ul>
 * The automatic close is the system's alone ({@link AccessScope#system()}).
 */
public final class TicketPermissions {
    private static final Set<TicketAction> CAN_AGENT = EnumSet.of(TicketAction.EDIT, TicketAction.REOPEN,
            TicketAction.CANCEL);
    private static final Set<TicketAction> TEAM = EnumSet.complementOf(EnumSet.of(TicketAction.CLOSE));

    private TicketPermissions() {
    }

    /** Whether the scope may open tickets (everyone but the read-only commune viewers). */
    public static boolean mayOpen(AccessScope scope) {
        return !scope.isReadOnly();
    }

    /** Whether the scope may perform {@code action} on the ticket, whatever its state. */
    public static boolean may(AccessScope scope, Ticket ticket, TicketAction action) {
        return actionsOf(scope, ticket).contains(action);
    }

    /** Whether the scope may perform at least one action on the ticket (e.g. comment it). */
    public static boolean mayChange(AccessScope scope, String assignedTeam, Long assigneeId, String centreCode) {
        return !actionsOf(scope, assignedTeam, assigneeId, centreCode).isEmpty();
    }

    public static Set<TicketAction> actionsOf(AccessScope scope, Ticket ticket) {
        return actionsOf(scope, ticket.assignedTeam(), ticket.assigneeId(), ticket.centreCode());
    }

    static Set<TicketAction> actionsOf(AccessScope scope, String assignedTeam, Long assigneeId, String centreCode) {
        if (AccessScope.SYSTEM.equals(scope.username()) && scope.isAdmin() && scope.userId() == null) {
            return EnumSet.allOf(TicketAction.class);
        }
        Role role = scope.role();
        switch (role) {
            case ADMIN:
                return EnumSet.complementOf(EnumSet.of(TicketAction.CLOSE));
            case CAN_AGENT:
                return EnumSet.copyOf(CAN_AGENT);
            case TECHNICIAN:
            case CENTRE_MANAGER: {
                String team = scope.team() == null ? null : scope.team().value();
                boolean mine = (team != null && team.equals(assignedTeam))
                        || (scope.userId() != null && scope.userId().equals(assigneeId));
                if (mine) {
                    return EnumSet.copyOf(TEAM);
                }
                if (role == Role.CENTRE_MANAGER && team != null && team.equals(centreCode)) {
                    return EnumSet.of(TicketAction.ASSIGN);
                }
                return EnumSet.noneOf(TicketAction.class);
            }
            default:
                return EnumSet.noneOf(TicketAction.class);
        }
    }
}
