package fr.proxima.itsm.ticket.infrastructure;

import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.ticket.model.Priority;

import java.time.Instant;
import java.util.Set;

/**
 * Filters of a ticket search; {@code null} or empty means "any". {@code categories} holds a category and its
 * descendants. {@code q} is full text on title and description. The caller's scope is applied on top, always.
 */
public record TicketCriteria(String commune, String centre, String team, Long assignee, Set<TicketStatus> statuses,
                             Set<Priority> priorities, Long requester, Set<String> categories, TicketType type,
                             Instant createdFrom, Instant createdTo, String q) {

    public static TicketCriteria none() {
        return new TicketCriteria(null, null, null, null, Set.of(), Set.of(), null, Set.of(), null, null, null, null);
    }

    public TicketCriteria {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }
}
