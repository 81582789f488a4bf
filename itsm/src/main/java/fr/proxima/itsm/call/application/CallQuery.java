package fr.proxima.itsm.call.application;

import fr.proxima.itsm.call.model.CallOutcome;
import fr.proxima.itsm.call.model.Channel;

import java.time.Instant;

/**
 * Filters of the call list (every one optional) and the page wanted. The order is fixed: newest first
 * (received at, then id, so that the order is total and pages never overlap).
 *
 * @param from inclusive lower bound of the reception instant
 * @param to   exclusive upper bound of the reception instant
 */
public record CallQuery(String commune, String agent, CallOutcome outcome, Channel channel, Long ticketId,
                        Instant from, Instant to, int page, int size) {
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public CallQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page >= 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size in 1.." + MAX_SIZE);
        }
    }

    public static CallQuery all() {
        return new CallQuery(null, null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
