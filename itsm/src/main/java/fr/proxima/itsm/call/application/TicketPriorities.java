package fr.proxima.itsm.call.application;

import fr.proxima.organisation.AccessScope;

import java.util.Optional;

/**
 * The priority of a ticket, which a call's response shows beside the ticket's number and status.
 *
 * <p>TODO(TicketRef.priority): {@link fr.proxima.itsm.TicketRef} does not carry the priority yet; once it does,
 * read it there and delete this port and its adapter.
 */
public interface TicketPriorities {

    /** {@code P1}..{@code P4}, or empty when the scope may not read the ticket. */
    Optional<String> priorityOf(long ticketId, AccessScope scope);
}
