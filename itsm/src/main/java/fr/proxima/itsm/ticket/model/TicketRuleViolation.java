package fr.proxima.itsm.ticket.model;

import fr.proxima.itsm.TicketStatus;

import java.util.List;

/**
 * A ticket rule refused an action. Carries a stable code (itsm range 2xxx) and, for an illegal transition, the
 * transitions the ticket allows in its current state, so a client can offer the right buttons.
 */
public final class TicketRuleViolation extends RuntimeException {
    /** The action is not allowed in the ticket's current state. */
    public static final String ILLEGAL_TRANSITION = "ITSM-2010";
    /** The actor may not perform this action on this ticket. */
    public static final String NOT_PERMITTED = "ITSM-2011";
    /** An argument of the action is missing or invalid (e.g. a resolution without text). */
    public static final String INVALID_ARGUMENT = "ITSM-2012";

    public enum Kind { ILLEGAL_TRANSITION, NOT_PERMITTED, INVALID_ARGUMENT }

    private final Kind kind;
    private final String code;
    private final TicketStatus status;
    private final String field;
    private final List<String> allowedTransitions;

    private TicketRuleViolation(Kind kind, String code, String message, TicketStatus status, String field,
                                List<String> allowedTransitions) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
        this.status = status;
        this.field = field;
        this.allowedTransitions = List.copyOf(allowedTransitions);
    }

    public static TicketRuleViolation illegalTransition(TicketAction action, TicketStatus status) {
        return new TicketRuleViolation(Kind.ILLEGAL_TRANSITION, ILLEGAL_TRANSITION,
                "Action « " + action.apiName() + " » impossible sur un ticket à l'état " + status, status, null,
                TicketLifecycle.allowedTransitions(status));
    }

    public static TicketRuleViolation notPermitted(TicketAction action, TicketStatus status) {
        return new TicketRuleViolation(Kind.NOT_PERMITTED, NOT_PERMITTED,
                "Vous n'êtes pas autorisé à effectuer « " + action.apiName() + " » sur ce ticket", status, null,
                List.of());
    }

    public static TicketRuleViolation invalid(String field, String message, TicketStatus status) {
        return new TicketRuleViolation(Kind.INVALID_ARGUMENT, INVALID_ARGUMENT, message, status, field, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public TicketStatus status() {
        return status;
    }

    /** The offending argument of an {@link Kind#INVALID_ARGUMENT}, else {@code null}. */
    public String field() {
        return field;
    }

    /** The transitions allowed in the current state (API names: {@code assign}, {@code take}...). */
    public List<String> allowedTransitions() {
        return allowedTransitions;
    }
}
