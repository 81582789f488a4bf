package fr.proxima.itsm.ticket.infrastructure;

import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.ticket.model.Impact;
import fr.proxima.itsm.ticket.model.PendingReason;
import fr.proxima.itsm.ticket.model.Priority;
import fr.proxima.itsm.ticket.model.ResolutionCode;
import fr.proxima.itsm.ticket.model.Urgency;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A row of {@code itsm_ticket} (the generated column {@code is_open} is the database's business). */
@MappedEntity("itsm_ticket")
record TicketRow(
        @Id @GeneratedValue @Nullable Long id,
        String number,
        TicketType type,
        String title,
        @Nullable String description,
        String communeCode,
        String centreCode,
        String assignedTeam,
        @Nullable Long assigneeId,
        @Nullable Long requesterId,
        @Nullable Long siteId,
        @Nullable String categoryCode,
        Impact impact,
        Urgency urgency,
        Priority priority,
        boolean vip,
        TicketStatus status,
        @Nullable PendingReason pendingReason,
        @Nullable ResolutionCode resolutionCode,
        @Nullable String resolutionText,
        @Nullable String cancelReason,
        @Nullable Long callId,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant resolvedAt,
        @Nullable Instant closedAt,
        @Version @Nullable Long version) {
}
