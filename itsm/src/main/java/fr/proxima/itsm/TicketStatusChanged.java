package fr.proxima.itsm;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A ticket changed state (taken, put on hold with a reason, resumed, resolved, reopened, cancelled, closed, or
 * moved back to NEW / ASSIGNED by a reassignment). The service-level clock pauses and resumes on these.
 *
 * @param pendingReason the reason when {@code to} is PENDING ({@code USER}, {@code SUPPLIER}, {@code PART_DELIVERY})
 */
public record TicketStatusChanged(long ticketId, String number, TicketStatus from, TicketStatus to,
                                  @Nullable String pendingReason, Instant at, String actor) {
}
