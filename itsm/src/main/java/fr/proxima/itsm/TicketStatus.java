package fr.proxima.itsm;

/** The lifecycle states of a ticket; the allowed transitions are rules of the ticket aggregate. */
public enum TicketStatus {
    NEW, ASSIGNED, IN_PROGRESS, PENDING, RESOLVED, CLOSED, CANCELLED;

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED && this != CANCELLED;
    }
}
