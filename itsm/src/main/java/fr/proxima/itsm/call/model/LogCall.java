package fr.proxima.itsm.call.model;

import java.time.Instant;

/**
 * What the agent typed to log a call, before any rule is checked.
 *
 * @param withNewTicket    whether the request embeds a ticket to open (required for INCIDENT_CREATED and
 *                         REQUEST_CREATED, forbidden otherwise)
 * @param followedTicketId the existing ticket a FOLLOW_UP call is about (forbidden otherwise)
 * @param transferredTo    the team a TRANSFERRED call was handed to (forbidden otherwise)
 */
public record LogCall(Instant receivedAt, Channel channel, Long callerPersonId, String callerName,
                      String callerPhone, String communeCode, CallAgent agent, Integer durationSeconds,
                      String notes, CallOutcome outcome, boolean withNewTicket, Long followedTicketId,
                      String transferredTo) {
}
