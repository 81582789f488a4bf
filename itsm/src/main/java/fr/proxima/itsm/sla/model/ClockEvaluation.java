package fr.proxima.itsm.sla.model;

import fr.proxima.itsm.SlaState;
import fr.proxima.itsm.SlaTargetKind;

import java.time.Instant;
import java.util.List;

/** A ticket's clock replayed at {@code at}: its segments and both targets. */
public record ClockEvaluation(Instant at, String priority, Phase phase, List<Segment> segments,
                              TargetEvaluation takeCharge, TargetEvaluation resolution) {

    public TargetEvaluation target(SlaTargetKind kind) {
        return kind == SlaTargetKind.TAKE_CHARGE ? takeCharge : resolution;
    }

    /** The target a queue should show: take-charge until it is completed or breached, then resolution. */
    public TargetEvaluation pressing() {
        if (takeCharge.completedAt() == null && takeCharge.state() != SlaState.BREACHED
                && resolution.state() != SlaState.BREACHED) {
            return takeCharge;
        }
        return resolution;
    }
}
