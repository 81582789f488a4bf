package fr.proxima.itsm;

import io.micronaut.core.annotation.Nullable;

/**
 * A request to open a ticket, from the tickets API or from a call logged at the CAN ({@code callId}).
 * Impact and urgency are {@code LOW | MEDIUM | HIGH}; the priority follows from the matrix and the requester.
 */
public record OpenTicket(TicketType type, String title, @Nullable String description, String communeCode,
                         @Nullable Long siteId, @Nullable Long requesterId, @Nullable String categoryCode,
                         String impact, String urgency, @Nullable Long callId) {
}
