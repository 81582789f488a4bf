package fr.proxima.itsm.ticket.infrastructure;

import fr.proxima.itsm.ticket.model.FieldChange;
import fr.proxima.itsm.ticket.model.Ticket;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;

/**
 * Writes tickets: the row (optimistic locking on {@code version}) and one history row per changed field, in the
 * caller's transaction. The history is the audit of ticket writes (who, when, field, old → new). The search terms
 * ({@link TicketTermIndex}) are written in the same transaction: at creation, and whenever the title or the
 * description changes.
 */
@Singleton
public class TicketStore {
    private static final int HISTORY_VALUE_MAX = 20_000;

    private final TicketRowRepository tickets;
    private final TicketHistoryRepository history;
    private final TicketTermIndex terms;

    TicketStore(TicketRowRepository tickets, TicketHistoryRepository history, TicketTermIndex terms) {
        this.tickets = tickets;
        this.history = history;
        this.terms = terms;
    }

    /** Inserts a new ticket and its creation history; returns it with its id and version. */
    public Ticket insert(Ticket ticket, String actor) {
        TicketRow saved = tickets.save(TicketMapping.toRow(ticket));
        writeHistory(saved.id(), ticket.changes(), actor, ticket.updatedAt());
        terms.insert(indexed(saved));
        return TicketMapping.toTicket(saved);
    }

    /** Stores the changes of an action; a concurrent change since the read gives a {@link StaleTicketException}. */
    public Ticket update(Ticket ticket, String actor) {
        List<FieldChange> changes = ticket.changes();
        if (changes.isEmpty()) {
            return ticket;
        }
        TicketRow updated;
        try {
            updated = tickets.update(TicketMapping.toRow(ticket));
        } catch (OptimisticLockException e) {
            throw new StaleTicketException(ticket.id());
        }
        writeHistory(ticket.id(), changes, actor, ticket.updatedAt());
        if (changes.stream().anyMatch(c -> c.field().equals("title") || c.field().equals("description"))) {
            terms.replace(indexed(updated));
        }
        return TicketMapping.toTicket(updated);
    }

    private static TicketTermIndex.Indexed indexed(TicketRow row) {
        return new TicketTermIndex.Indexed(row.id(), row.createdAt(), row.communeCode(), row.title(),
                row.description());
    }

    private void writeHistory(long ticketId, List<FieldChange> changes, String actor, Instant at) {
        if (changes.isEmpty()) {
            return;
        }
        history.saveAll(changes.stream()
                .map(c -> new TicketHistoryRow(null, ticketId, at, actor, c.field(), cut(c.oldValue()),
                        cut(c.newValue())))
                .toList());
    }

    private static String cut(String v) {
        return v == null || v.length() <= HISTORY_VALUE_MAX ? v : v.substring(0, HISTORY_VALUE_MAX);
    }
}
