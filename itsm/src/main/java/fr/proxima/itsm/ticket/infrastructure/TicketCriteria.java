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

    /** Builds criteria filter by filter. */
    public static final class Builder {
        private String commune;
        private String centre;
        private String team;
        private Long assignee;
        private Set<TicketStatus> statuses = Set.of();
        private Set<Priority> priorities = Set.of();
        private Long requester;
        private Set<String> categories = Set.of();
        private TicketType type;
        private Instant createdFrom;
        private Instant createdTo;
        private String q;

        public Builder commune(String v) { commune = v; return this; }
        public Builder centre(String v) { centre = v; return this; }
        public Builder team(String v) { team = v; return this; }
        public Builder assignee(Long v) { assignee = v; return this; }
        public Builder statuses(Set<TicketStatus> v) { statuses = v; return this; }
        public Builder priorities(Set<Priority> v) { priorities = v; return this; }
        public Builder requester(Long v) { requester = v; return this; }
        public Builder categories(Set<String> v) { categories = v; return this; }
        public Builder type(TicketType v) { type = v; return this; }
        public Builder createdFrom(Instant v) { createdFrom = v; return this; }
        public Builder createdTo(Instant v) { createdTo = v; return this; }
        public Builder q(String v) { q = v; return this; }

        public TicketCriteria build() {
            return new TicketCriteria(commune, centre, team, assignee, statuses, priorities, requester, categories,
                    type, createdFrom, createdTo, q);
        }
    }
}
