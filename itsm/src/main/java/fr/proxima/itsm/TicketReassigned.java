package fr.proxima.itsm;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A ticket moved to another team and/or person (assignment to a named person included). */
public record TicketReassigned(long ticketId, String number, String fromTeam, String toTeam,
                               @Nullable Long fromAssignee, @Nullable Long toAssignee, Instant at, String actor) {
}
