package fr.proxima.itsm.call.model;

import fr.proxima.itsm.TicketType;

import java.util.Optional;

/**
 * What came of a call. Two outcomes open a ticket (whose type follows from the outcome), one refers to an existing
 * ticket, the others carry no ticket at all.
 */
public enum CallOutcome {
    ADVICE_GIVEN(null, false),
    RESOLVED_AT_FIRST_CONTACT(null, false),
    INCIDENT_CREATED(TicketType.INCIDENT, false),
    REQUEST_CREATED(TicketType.REQUEST, false),
    /** About an existing ticket, which the call links to. */
    FOLLOW_UP(null, true),
    /** Handed over to a team (a centre or a support group). */
    TRANSFERRED(null, false);

    private final TicketType opens;
    private final boolean linksTicket;

    CallOutcome(TicketType opens, boolean linksTicket) {
        this.opens = opens;
        this.linksTicket = linksTicket;
    }

    /** The type of the ticket this outcome opens, if it opens one. */
    public Optional<TicketType> opensTicket() {
        return Optional.ofNullable(opens);
    }

    public boolean opensTicketOfAnyType() {
        return opens != null;
    }

    /** Whether the call is about an existing ticket. */
    public boolean linksTicket() {
        return linksTicket;
    }

    /** Whether a call with this outcome refers to a ticket (created or linked). */
    public boolean concernsTicket() {
        return opens != null || linksTicket;
    }

    public boolean transfers() {
        return this == TRANSFERRED;
    }
}
