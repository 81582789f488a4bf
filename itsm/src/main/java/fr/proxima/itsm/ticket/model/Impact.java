package fr.proxima.itsm.ticket.model;

import java.util.Locale;

/** How much of the service is affected (ITIL impact). */
public enum Impact {
    LOW, MEDIUM, HIGH;

    /** The impact named by {@code value} (case-insensitive), or an {@link IllegalArgumentException}. */
    public static Impact parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("impact is required");
        }
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
