package fr.proxima.itsm;

/**
 * The state of one service-level target of a ticket. ON_TRACK and AT_RISK move with the clock; MET is reached when
 * the target is completed in time (taken in charge, resolved), BREACHED as soon as the consumed time exceeds the
 * target. A breach is final: nothing (a resolution, a reopening, a lower priority) turns it back.
 */
public enum SlaState {
    ON_TRACK, AT_RISK, BREACHED, MET
}
