package fr.proxima.itsm.ticket.model;

import fr.proxima.itsm.TicketStatus;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which action each state allows: the state machine of a ticket, in one table. */
public final class TicketLifecycle {
    private static final Map<TicketStatus, Set<TicketAction>> ALLOWED = new EnumMap<>(TicketStatus.class);

    static {
        ALLOWED.put(TicketStatus.NEW, EnumSet.of(TicketAction.EDIT, TicketAction.ASSIGN, TicketAction.TAKE,
                TicketAction.CANCEL));
        ALLOWED.put(TicketStatus.ASSIGNED, EnumSet.of(TicketAction.EDIT, TicketAction.ASSIGN, TicketAction.TAKE,
                TicketAction.CANCEL));
        ALLOWED.put(TicketStatus.IN_PROGRESS, EnumSet.of(TicketAction.EDIT, TicketAction.ASSIGN, TicketAction.HOLD,
                TicketAction.RESOLVE, TicketAction.CANCEL));
        ALLOWED.put(TicketStatus.PENDING, EnumSet.of(TicketAction.EDIT, TicketAction.ASSIGN, TicketAction.RESUME,
                TicketAction.CANCEL));
        ALLOWED.put(TicketStatus.RESOLVED, EnumSet.of(TicketAction.REOPEN, TicketAction.CLOSE));
        ALLOWED.put(TicketStatus.CLOSED, EnumSet.noneOf(TicketAction.class));
        ALLOWED.put(TicketStatus.CANCELLED, EnumSet.noneOf(TicketAction.class));
    }

    private TicketLifecycle() {
    }

    public static boolean allows(TicketStatus status, TicketAction action) {
        return ALLOWED.get(status).contains(action);
    }

    public static Set<TicketAction> allowedActions(TicketStatus status) {
        return EnumSet.copyOf(ALLOWED.get(status).isEmpty() ? EnumSet.noneOf(TicketAction.class) : ALLOWED.get(status));
    }

    /**
     * The transitions a client may request in this state, by API name; editing (not a transition) and the automatic
     * close (the system's, not a client's) are left out.
     */
    public static List<String> allowedTransitions(TicketStatus status) {
        return ALLOWED.get(status).stream()
                .filter(a -> a != TicketAction.EDIT && a != TicketAction.CLOSE)
                .map(TicketAction::apiName)
                .toList();
    }

    static void require(TicketStatus status, TicketAction action) {
        if (!allows(status, action)) {
            throw TicketRuleViolation.illegalTransition(action, status);
        }
    }
}
