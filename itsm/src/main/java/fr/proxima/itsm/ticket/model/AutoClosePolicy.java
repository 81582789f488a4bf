package fr.proxima.itsm.ticket.model;

import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.calendar.BusinessDays;

import java.time.Duration;
import java.time.Instant;

/**
 * A resolved ticket closes by itself once {@value #BUSINESS_DAYS} business days have passed since its resolution
 * (same wall-clock time in Paris on the fifth business day after the day of resolution; weekends and French public
 * holidays do not count), unless it was reopened meanwhile.
 */
public final class AutoClosePolicy {
    public static final int BUSINESS_DAYS = 5;

    private AutoClosePolicy() {
    }

    /** When a ticket resolved at {@code resolvedAt} closes. */
    public static Instant closesAt(Instant resolvedAt) {
        return BusinessDays.addBusinessDays(resolvedAt, BUSINESS_DAYS);
    }

    public static boolean isDue(Ticket ticket, Instant now) {
        return ticket.status() == TicketStatus.RESOLVED && ticket.resolvedAt() != null
                && !closesAt(ticket.resolvedAt()).isAfter(now);
    }

    /**
     * A bound for the database: a ticket resolved after this instant cannot be due at {@code now} (five business
     * days last at least five calendar days).
     */
    public static Instant resolvedNoLaterThan(Instant now) {
        return now.minus(Duration.ofDays(BUSINESS_DAYS));
    }
}
