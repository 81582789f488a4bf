package fr.proxima.itsm.sla.model;

import fr.proxima.itsm.SlaState;
import fr.proxima.itsm.SlaTargetKind;

import java.time.Instant;

/**
 * One target of a ticket evaluated at an instant.
 *
 * @param consumedSeconds business seconds the clock counted against this target
 * @param due             when the running clock reaches (or reached) the target; {@code null} when that depends on a
 *                        future resumption (paused, or stopped before the target)
 * @param dueIfResumedNow for a target neither met nor reached whose clock does not run: the due instant if it ran
 *                        again now (sorting queues); otherwise equal to {@code due}
 * @param completedAt     when the target was completed (taken in charge; resolved), {@code null} otherwise
 * @param breachedAt      when the consumed time first exceeded the target in force, {@code null} if never
 * @param atRiskAt        when the consumed time reached the at-risk share of the target now in force, if it has
 */
public record TargetEvaluation(SlaTargetKind kind, long targetMinutes, long consumedSeconds, SlaState state,
                               boolean running, Instant due, Instant dueIfResumedNow, Instant completedAt,
                               Instant breachedAt, Instant atRiskAt) {

    public long consumedMinutes() {
        return consumedSeconds / 60;
    }

    /** What is left of the target in whole minutes, so that consumed + remaining = target until it is exceeded. */
    public long remainingMinutes() {
        return Math.max(0, targetMinutes - consumedMinutes());
    }

    public long remainingSeconds() {
        return Math.max(0, targetMinutes * 60 - consumedSeconds);
    }

    /** Final states do not move any more (MET, BREACHED), nor does a target whose clock is stopped. */
    public boolean settled() {
        return state == SlaState.MET || state == SlaState.BREACHED;
    }
}
