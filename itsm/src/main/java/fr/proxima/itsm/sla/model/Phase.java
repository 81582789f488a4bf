package fr.proxima.itsm.sla.model;

/** Whether the clock counts: RUNNING counts business time, PAUSED and STOPPED do not. */
public enum Phase {
    RUNNING, PAUSED, STOPPED
}
