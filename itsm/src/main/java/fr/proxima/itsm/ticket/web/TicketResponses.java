package fr.proxima.itsm.ticket.web;

import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.ticket.infrastructure.HistoryEntry;
import fr.proxima.itsm.ticket.model.AutoClosePolicy;
import fr.proxima.itsm.ticket.model.Impact;
import fr.proxima.itsm.ticket.model.PendingReason;
import fr.proxima.itsm.ticket.model.Priority;
import fr.proxima.itsm.ticket.model.ResolutionCode;
import fr.proxima.itsm.ticket.model.Ticket;
import fr.proxima.itsm.ticket.model.TicketAction;
import fr.proxima.itsm.ticket.model.TicketPermissions;
import fr.proxima.itsm.ticket.model.TicketLifecycle;
import fr.proxima.itsm.ticket.model.Urgency;
import fr.proxima.organisation.AccessScope;
import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The response records of the tickets API. */
final class TicketResponses {
    private TicketResponses() {
    }

    /** A reference to another record: its code and display name. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Ref(String code, String name) {
    }

    /**
     * A ticket in full. {@code allowedTransitions}: what its state allows; {@code permittedActions}: what the caller
     * may do now (state and role; {@code edit} included).
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TicketResponse(long id, String number, TicketType type, String title, @Nullable String description,
                          TicketStatus status, Priority priority, Impact impact, Urgency urgency, boolean vip,
                          Ref commune, Ref centre, Ref assignedTeam, @Nullable Long assigneeId,
                          @Nullable Long requesterId, @Nullable Long siteId, @Nullable Ref category,
                          @Nullable PendingReason pendingReason, @Nullable ResolutionCode resolutionCode,
                          @Nullable String resolutionText, @Nullable String cancelReason, @Nullable Long callId,
                          String createdBy, Instant createdAt, Instant updatedAt, @Nullable Instant resolvedAt,
                          @Nullable Instant autoCloseAt, @Nullable Instant closedAt, long version,
                          List<String> allowedTransitions, List<String> permittedActions) {
    }

    /** A ticket in a list. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TicketSummary(long id, String number, TicketType type, String title, TicketStatus status,
                         Priority priority, Ref commune, Ref centre, Ref assignedTeam, @Nullable Long assigneeId,
                         @Nullable Long requesterId, @Nullable String category, Instant createdAt,
                         Instant updatedAt, long version) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PageInfo(int number, int size, long totalItems, int totalPages, String sort, boolean totalIsLowerBound) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TicketList(List<TicketSummary> items, PageInfo page) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record HistoryLine(long id, Instant at, String actor, String field, @Nullable String oldValue,
                       @Nullable String newValue) {
        static HistoryLine of(HistoryEntry e) {
            return new HistoryLine(e.id(), e.at(), e.actor(), e.field(), e.oldValue(), e.newValue());
        }
    }

    static TicketResponse full(Ticket t, ReferenceNames names, AccessScope scope) {
        return new TicketResponse(t.id(), t.number(), t.type(), t.title(), t.description(), t.status(),
                t.priority(), t.impact(), t.urgency(), t.vip(),
                new Ref(t.communeCode(), names.commune(t.communeCode())),
                new Ref(t.centreCode(), names.team(t.centreCode())),
                new Ref(t.assignedTeam(), names.team(t.assignedTeam())),
                t.assigneeId(), t.requesterId(), t.siteId(),
                t.categoryCode() == null ? null : new Ref(t.categoryCode(), names.category(t.categoryCode())),
                t.pendingReason(), t.resolutionCode(), t.resolutionText(), t.cancelReason(), t.callId(),
                t.createdBy(), t.createdAt(), t.updatedAt(), t.resolvedAt(),
                t.status() == TicketStatus.RESOLVED && t.resolvedAt() != null
                        ? AutoClosePolicy.closesAt(t.resolvedAt()) : null,
                t.closedAt(), t.version() == null ? 0 : t.version(),
                TicketLifecycle.allowedTransitions(t.status()), permitted(t, scope));
    }

    /** What the caller may do now: allowed by the state and permitted to its role (the buttons of a UI). */
    static List<String> permitted(Ticket t, AccessScope scope) {
        return TicketPermissions.actionsOf(scope, t).stream()
                .filter(a -> a != TicketAction.CLOSE && TicketLifecycle.allows(t.status(), a))
                .map(TicketAction::apiName).toList();
    }

    static TicketSummary summary(Ticket t, ReferenceNames names) {
        return new TicketSummary(t.id(), t.number(), t.type(), t.title(), t.status(), t.priority(),
                new Ref(t.communeCode(), names.commune(t.communeCode())),
                new Ref(t.centreCode(), names.team(t.centreCode())),
                new Ref(t.assignedTeam(), names.team(t.assignedTeam())),
                t.assigneeId(), t.requesterId(), t.categoryCode(), t.createdAt(), t.updatedAt(),
                t.version() == null ? 0 : t.version());
    }
}
