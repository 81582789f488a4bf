package fr.proxima.itsm.sla.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored event of a ticket's clock. START and RETARGET carry the priority and the targets that apply from then
 * on; PAUSE carries the pending reason, STOP the reason it stopped ({@code RESOLVED} or {@code CANCELLED}).
 */
public record ClockEvent(ClockEventKind kind, Instant at, String actor, String reason, String priority,
                         Targets targets) {

    public static final String RESOLVED = "RESOLVED";
    public static final String CANCELLED = "CANCELLED";

    public ClockEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        if ((kind == ClockEventKind.START || kind == ClockEventKind.RETARGET) && (targets == null || priority == null)) {
            throw new IllegalArgumentException(kind + " carries the priority and its targets");
        }
        if (kind == ClockEventKind.STOP && !RESOLVED.equals(reason) && !CANCELLED.equals(reason)) {
            throw new IllegalArgumentException("a clock stops because the ticket is RESOLVED or CANCELLED: " + reason);
        }
    }

    public static ClockEvent start(Instant at, String actor, String priority, Targets targets) {
        return new ClockEvent(ClockEventKind.START, at, actor, null, priority, targets);
    }

    public static ClockEvent pause(Instant at, String actor, String reason) {
        return new ClockEvent(ClockEventKind.PAUSE, at, actor, reason, null, null);
    }

    public static ClockEvent resume(Instant at, String actor) {
        return new ClockEvent(ClockEventKind.RESUME, at, actor, null, null, null);
    }

    public static ClockEvent takeCharge(Instant at, String actor) {
        return new ClockEvent(ClockEventKind.TAKE_CHARGE, at, actor, null, null, null);
    }

    public static ClockEvent stop(Instant at, String actor, String reason) {
        return new ClockEvent(ClockEventKind.STOP, at, actor, reason, null, null);
    }

    public static ClockEvent reopen(Instant at, String actor) {
        return new ClockEvent(ClockEventKind.REOPEN, at, actor, null, null, null);
    }

    public static ClockEvent retarget(Instant at, String actor, String priority, Targets targets) {
        return new ClockEvent(ClockEventKind.RETARGET, at, actor, null, priority, targets);
    }
}
