package fr.proxima.itsm;

import io.micronaut.core.annotation.Nullable;

/**
 * What another feature or module needs to know of a ticket it refers to by id: its number, where it belongs
 * (commune, responsible centre, assigned team and person), its state and its priority ({@code P1}..{@code P4}). Obtained only through {@link Tickets},
 * which applies the caller's scope.
 */
public record TicketRef(long id, String number, TicketType type, TicketStatus status, String priority,
                        String communeCode, String centreCode, @Nullable String assignedTeam,
                        @Nullable Long assigneeId, long version) {
}
