package fr.proxima.itsm;

/** The two targets of a contract of engagement: taking the ticket in charge, and resolving it. */
public enum SlaTargetKind {
    TAKE_CHARGE, RESOLUTION
}
