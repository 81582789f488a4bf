package fr.proxima.itsm.ticket.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code itsm_ticket_history}: one changed field of one action. */
@MappedEntity("itsm_ticket_history")
record TicketHistoryRow(
        @Id @GeneratedValue @Nullable Long id,
        long ticketId,
        Instant at,
        String actor,
        String field,
        @Nullable String oldValue,
        @Nullable String newValue) {
}
