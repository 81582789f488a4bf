package fr.proxima.itsm.ticket.model;

/** How a ticket was resolved (reporting), with the free text of the resolution beside it. */
public enum ResolutionCode {
    /** The cause was fixed. */
    FIXED,
    /** Service restored by a workaround; the cause remains. */
    WORKAROUND,
    /** The request was fulfilled (service requests). */
    FULFILLED,
    /** Advice or training solved it, nothing was changed. */
    ADVICE_GIVEN,
    /** The problem could not be reproduced. */
    NOT_REPRODUCIBLE,
    /** Duplicate of another ticket. */
    DUPLICATE,
    /** Outside the scope of the shared IT department. */
    OUT_OF_SCOPE
}
