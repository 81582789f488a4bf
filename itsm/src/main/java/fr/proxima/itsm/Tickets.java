package fr.proxima.itsm;

import fr.proxima.organisation.AccessScope;

import java.util.Optional;

/**
 * The public face of the tickets feature for the rest of itsm (calls, comments, attachments) and the other
 * modules. Every lookup takes the caller's {@link AccessScope}: a ticket outside the scope is reported exactly as
 * a ticket that does not exist.
 */
public interface Tickets {

    /** The ticket if it exists and the scope may read it. */
    Optional<TicketRef> findReadable(long ticketId, AccessScope scope);

    /** The ticket if the scope may read it, else a 404 problem (same answer as for an unknown id). */
    TicketRef requireReadable(long ticketId, AccessScope scope);

    /** The ticket if the scope may change it: 404 when it may not even read it, 403 when it may only read it. */
    TicketRef requireChangeable(long ticketId, AccessScope scope);

    /** Opens a ticket in the caller's transaction (so a call and its ticket commit together). */
    TicketRef open(OpenTicket command, AccessScope scope);
}
