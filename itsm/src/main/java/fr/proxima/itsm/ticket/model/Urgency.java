package fr.proxima.itsm.ticket.model;

import java.util.Locale;

/** How soon the business needs the service back (ITIL urgency). */
public enum Urgency {
    LOW, MEDIUM, HIGH;

    /** The urgency named by {@code value} (case-insensitive), or an {@link IllegalArgumentException}. */
    public static Urgency parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("urgency is required");
        }
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
