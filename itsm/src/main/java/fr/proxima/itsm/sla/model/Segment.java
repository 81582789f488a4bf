package fr.proxima.itsm.sla.model;

import java.time.Instant;

/** A stretch of a ticket's clock in one phase; the current one has no end ({@code end == null}). */
public record Segment(Phase phase, Instant start, Instant end, String reason, String actor) {

    /** The end of the segment, or {@code now} for the current one (never before the start). */
    Instant endOr(Instant now) {
        Instant e = end == null ? now : end;
        return e.isBefore(start) ? start : e;
    }
}
