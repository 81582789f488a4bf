package fr.proxima.itsm.ticket.model;

/** Why a ticket waits (PENDING): the service-level clock pauses meanwhile. */
public enum PendingReason {
    /** Waiting for the user (an answer, availability, a test). */
    USER,
    /** Waiting for a supplier or a maintainer. */
    SUPPLIER,
    /** Waiting for a part to be delivered. */
    PART_DELIVERY
}
