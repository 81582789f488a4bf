package fr.proxima.itsm.ticket.model;

import fr.proxima.itsm.TicketType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The human-readable number of a ticket: type prefix, year of creation (Europe/Paris) and a counter per type and
 * year, at least six digits: {@code INC-2026-000123}, {@code DEM-2026-000045}. Counters may have gaps (a number
 * drawn by a creation that rolled back is not given back); they never repeat.
 */
public record TicketNumber(TicketType type, int year, long sequence) {
    private static final Pattern FORMAT = Pattern.compile("^(INC|DEM)-(\\d{4})-(\\d{6,12})$");

    public TicketNumber {
        if (type == null) {
            throw new IllegalArgumentException("type is required");
        }
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
    }

    public static TicketNumber of(TicketType type, int year, long sequence) {
        return new TicketNumber(type, year, sequence);
    }

    public static TicketNumber parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a ticket number: " + text);
        }
        TicketType type = m.group(1).equals(TicketType.INCIDENT.prefix()) ? TicketType.INCIDENT : TicketType.REQUEST;
        return new TicketNumber(type, Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    public String value() {
        return String.format("%s-%04d-%06d", type.prefix(), year, sequence);
    }

    @Override
    public String toString() {
        return value();
    }
}
