package fr.proxima.itsm;

import java.time.Instant;

/** The priority of a ticket changed (reclassification or requester change): service-level targets re-target. */
public record TicketPriorityChanged(long ticketId, String number, String from, String to, Instant at, String actor) {
}
