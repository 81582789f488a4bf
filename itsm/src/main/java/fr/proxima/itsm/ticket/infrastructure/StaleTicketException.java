package fr.proxima.itsm.ticket.infrastructure;

/** The ticket changed since it was read (optimistic locking on {@code version}). */
public final class StaleTicketException extends RuntimeException {
    public StaleTicketException(long ticketId) {
        super("ticket " + ticketId + " was changed concurrently", null, false, false);
    }
}
