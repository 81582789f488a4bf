package fr.proxima.itsm.sla.infrastructure;

import fr.proxima.itsm.SlaState;
import fr.proxima.itsm.SlaTargetKind;
import fr.proxima.itsm.TicketType;

import java.time.Instant;
import java.util.Objects;

/** A row of {@code itsm_sla_clock}: a ticket's clock as last evaluated. */
public record ClockRow(long ticketId, String number, String communeCode, String centreCode, TicketType ticketType,
                       long contractId, int eventCount, String phase, boolean live, String priority,
                       SlaState takeState, Instant takeDueAt, SlaState resolutionState, Instant resolutionDueAt,
                       SlaTargetKind pressing, SlaState pressingState, Instant nextDueAt, long remainingMinutes,
                       Instant refreshedAt) {

    /** Whether the evaluated content differs (the refresh instant aside). */
    public boolean sameEvaluation(ClockRow o) {
        return o != null && eventCount == o.eventCount && phase.equals(o.phase) && live == o.live
                && priority.equals(o.priority) && takeState == o.takeState && Objects.equals(takeDueAt, o.takeDueAt)
                && resolutionState == o.resolutionState && Objects.equals(resolutionDueAt, o.resolutionDueAt)
                && pressing == o.pressing && pressingState == o.pressingState
                && Objects.equals(nextDueAt, o.nextDueAt) && remainingMinutes == o.remainingMinutes;
    }
}
