package fr.proxima.itsm.sla.model;

/** What happened to a ticket's clock. */
public enum ClockEventKind {
    /** The ticket was opened: the clock runs, with the targets of its priority. */
    START,
    /** The ticket went PENDING (waiting on the user, a supplier, a part): the clock pauses. */
    PAUSE,
    /** The ticket left PENDING: the clock runs again. */
    RESUME,
    /** A named person became responsible for the ticket (see docs/service-levels.md): the take-charge target is met or breached. */
    TAKE_CHARGE,
    /** The ticket was resolved or cancelled: the clock stops. */
    STOP,
    /** A resolved ticket was reopened: the clock runs again, from the time already consumed. */
    REOPEN,
    /** The priority changed: the targets of the new priority apply to the whole life of the ticket. */
    RETARGET
}
