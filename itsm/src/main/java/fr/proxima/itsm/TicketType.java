package fr.proxima.itsm;

/** ITIL ticket types: an incident (something broke) or a service request (something is asked for). */
public enum TicketType {
    INCIDENT("INC"),
    REQUEST("DEM");

    private final String prefix;

    TicketType(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix of the human-readable number, e.g. {@code INC-2026-000123}, {@code DEM-2026-000045}. */
    public String prefix() {
        return prefix;
    }
}
