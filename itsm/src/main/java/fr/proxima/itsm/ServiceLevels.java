package fr.proxima.itsm;

import fr.proxima.organisation.AccessScope;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The service-level clock of tickets, as other features and modules (the web UI, reports) read it. Every method
 * takes the caller's scope: a ticket the scope may not read is reported as unknown (404) or simply left out.
 */
public interface ServiceLevels {

    /** The full service level of one readable ticket, evaluated now; a 404 problem otherwise. */
    TicketServiceLevel forTicket(long ticketId, AccessScope scope);

    /**
     * The summary of each readable ticket among {@code ticketIds} that has a clock, as last refreshed by the clock
     * (on each ticket change and by the scheduled refresh): for queues and lists.
     */
    Map<Long, SlaSummary> summaries(Collection<Long> ticketIds, AccessScope scope);

    /** One ticket's service level: its contract, the target in force for each kind, and the clock's segments. */
    record TicketServiceLevel(long ticketId, String number, String priority, String communeCode,
                              long contractId, int contractVersion, String calendarId, int atRiskPercent,
                              List<Target> targets, List<Segment> segments, Instant evaluatedAt) {
    }

    /**
     * One target evaluated at {@code evaluatedAt}. {@code due} is the instant the target is (or was) reached by the
     * running clock, {@code null} when it depends on a future resumption (paused or stopped before the target);
     * {@code dueIfResumedNow} is then the projection used to sort queues.
     */
    record Target(SlaTargetKind kind, long targetMinutes, long consumedMinutes, long remainingMinutes,
                  @Nullable Instant due, @Nullable Instant dueIfResumedNow, SlaState state, boolean running,
                  @Nullable Instant completedAt, @Nullable Instant breachedAt) {
    }

    /**
     * A stretch of the clock: RUNNING, PAUSED (with the pending reason) or STOPPED (RESOLVED or CANCELLED); the
     * last one has no end. {@code actor} is who started it.
     */
    record Segment(String phase, Instant start, @Nullable Instant end, @Nullable String reason, String actor) {
    }

    /**
     * What a queue shows of a ticket: the most pressing unmet target (the take-charge one until it is met, then the
     * resolution), its state, its due instant (or the projection when paused), remaining business minutes.
     */
    record SlaSummary(long ticketId, SlaTargetKind pressing, SlaState state, @Nullable Instant due,
                      long remainingMinutes, boolean paused, SlaState takeChargeState, SlaState resolutionState,
                      Instant refreshedAt) {
    }
}
