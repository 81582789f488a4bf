package fr.proxima.itsm.ticket.model;

import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.TicketType;

import java.time.Instant;

/**
 * Every stored field of a ticket, as plain values: what the infrastructure maps to and from its row, and what
 * readers get. {@code id} and {@code version} are {@code null} before the first insert.
 */
public record TicketSnapshot(
        Long id,
        String number,
        TicketType type,
        String title,
        String description,
        String communeCode,
        String centreCode,
        String assignedTeam,
        Long assigneeId,
        Long requesterId,
        Long siteId,
        String categoryCode,
        Impact impact,
        Urgency urgency,
        Priority priority,
        boolean vip,
        TicketStatus status,
        PendingReason pendingReason,
        ResolutionCode resolutionCode,
        String resolutionText,
        String cancelReason,
        Long callId,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant resolvedAt,
        Instant closedAt,
        Long version) {
}
