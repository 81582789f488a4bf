package fr.proxima.itsm.ticket.application;

import fr.proxima.itsm.OpenTicket;
import fr.proxima.itsm.TicketRef;
import fr.proxima.itsm.Tickets;
import fr.proxima.itsm.ticket.infrastructure.TicketReader;
import fr.proxima.itsm.ticket.model.Ticket;
import fr.proxima.itsm.ticket.model.TicketPermissions;
import fr.proxima.organisation.AccessScope;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Optional;

/** The tickets feature as seen by the rest of itsm (calls, comments, attachments) and the other modules. */
@Singleton
public class TicketsFacade implements Tickets {
    private final TicketReader reader;
    private final TicketCommands commands;

    TicketsFacade(TicketReader reader, TicketCommands commands) {
        this.reader = reader;
        this.commands = commands;
    }

    @Override
    public Optional<TicketRef> findReadable(long ticketId, AccessScope scope) {
        return reader.find(ticketId, scope).map(TicketsFacade::ref);
    }

    @Override
    public TicketRef requireReadable(long ticketId, AccessScope scope) {
        return findReadable(ticketId, scope).orElseThrow(TicketProblems::notFound);
    }

    @Override
    public TicketRef requireChangeable(long ticketId, AccessScope scope) {
        TicketRef ref = requireReadable(ticketId, scope);
        if (!TicketPermissions.mayChange(scope, ref.assignedTeam(), ref.assigneeId(), ref.centreCode())) {
            throw TicketProblems.forbidden("Vous n'êtes pas autorisé à modifier ce ticket");
        }
        return ref;
    }

    @Override
    @Transactional
    public TicketRef open(OpenTicket command, AccessScope scope) {
        return ref(commands.open(command, scope));
    }

    static TicketRef ref(Ticket t) {
        return new TicketRef(t.id(), t.number(), t.type(), t.status(), t.communeCode(), t.centreCode(),
                t.assignedTeam(), t.assigneeId(), t.version() == null ? 0 : t.version());
    }
}
