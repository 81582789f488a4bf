package fr.proxima.itsm.ticket.model;

/** Priority of a ticket, P1 (most urgent) to P4. The service-level targets depend on it. */
public enum Priority {
    P1, P2, P3, P4;

    /** One level higher (P3 → P2); P1 stays P1. */
    public Priority raisedOneLevel() {
        return this == P1 ? P1 : values()[ordinal() - 1];
    }

    public boolean isHigherThan(Priority other) {
        return ordinal() < other.ordinal();
    }
}
