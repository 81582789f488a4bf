package fr.proxima.itsm.ticket.infrastructure;

import fr.proxima.itsm.ticket.model.Ticket;
import fr.proxima.itsm.ticket.model.TicketSnapshot;

/** Row ↔ aggregate, in one place. */
final class TicketMapping {
    private TicketMapping() {
    }

    static Ticket toTicket(TicketRow r) {
        return new Ticket(toSnapshot(r));
    }

    static TicketSnapshot toSnapshot(TicketRow r) {
        return new TicketSnapshot(r.id(), r.number(), r.type(), r.title(), r.description(), r.communeCode(),
                r.centreCode(), r.assignedTeam(), r.assigneeId(), r.requesterId(), r.siteId(), r.categoryCode(),
                r.impact(), r.urgency(), r.priority(), r.vip(), r.status(), r.pendingReason(), r.resolutionCode(),
                r.resolutionText(), r.cancelReason(), r.callId(), r.createdBy(), r.createdAt(), r.updatedAt(),
                r.resolvedAt(), r.closedAt(), r.version());
    }

    static TicketRow toRow(Ticket t) {
        TicketSnapshot s = t.snapshot();
        return new TicketRow(s.id(), s.number(), s.type(), s.title(), s.description(), s.communeCode(),
                s.centreCode(), s.assignedTeam(), s.assigneeId(), s.requesterId(), s.siteId(), s.categoryCode(),
                s.impact(), s.urgency(), s.priority(), s.vip(), s.status(), s.pendingReason(), s.resolutionCode(),
                s.resolutionText(), s.cancelReason(), s.callId(), s.createdBy(), s.createdAt(), s.updatedAt(),
                s.resolvedAt(), s.closedAt(), s.version());
    }
}
