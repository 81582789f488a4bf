package fr.proxima.itsm.call.infrastructure;

import fr.proxima.itsm.call.application.TicketPriorities;
import fr.proxima.itsm.ticket.infrastructure.TicketReader;
import fr.proxima.organisation.AccessScope;
import jakarta.inject.Singleton;

import java.util.Optional;

/** {@link TicketPriorities} through the tickets' scoped reader (a stop-gap, see the port). */
@Singleton
class TicketReaderPriorities implements TicketPriorities {
    private final TicketReader reader;

    TicketReaderPriorities(TicketReader reader) {
        this.reader = reader;
    }

    @Override
    public Optional<String> priorityOf(long ticketId, AccessScope scope) {
        return reader.find(ticketId, scope).map(t -> t.priority().name());
    }
}
