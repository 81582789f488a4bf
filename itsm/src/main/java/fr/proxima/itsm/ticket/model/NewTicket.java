package fr.proxima.itsm.ticket.model;

import fr.proxima.itsm.TicketType;

/** The validated content of a ticket to open (references already checked by the application layer). */
public record NewTicket(TicketType type, String title, String description, String communeCode, Long siteId,
                        Long requesterId, boolean vipRequester, String categoryCode, Impact impact, Urgency urgency,
                        Long callId) {
}
