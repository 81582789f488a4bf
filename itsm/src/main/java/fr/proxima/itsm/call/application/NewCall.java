package fr.proxima.itsm.call.application;

import fr.proxima.itsm.call.model.CallOutcome;
import fr.proxima.itsm.call.model.Channel;

import java.time.Instant;

/**
 * A call to log, as the agent sent it. The agent is not part of it: it is the current user.
 *
 * @param ticket the ticket to open (INCIDENT_CREATED, REQUEST_CREATED only)
 * @param ticketId the existing ticket a FOLLOW_UP call is about
 */
public record NewCall(Instant receivedAt, Channel channel, Long callerPersonId, String callerName,
                      String callerPhone, String communeCode, Integer durationSeconds, String notes,
                      CallOutcome outcome, TicketDraft ticket, Long ticketId, String transferredTo) {

    /** The ticket a call opens; its type follows the outcome, its commune and requester come from the call. */
    public record TicketDraft(String title, String description, String impact, String urgency, String categoryCode,
                              Long siteId) {
    }
}
