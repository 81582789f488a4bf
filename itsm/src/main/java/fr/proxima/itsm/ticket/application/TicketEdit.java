package fr.proxima.itsm.ticket.application;

/** The fields a PATCH may change; {@code null} leaves a field as it is. */
public record TicketEdit(String title, String description, String category, Long site, Long requester,
                         String impact, String urgency) {
}
