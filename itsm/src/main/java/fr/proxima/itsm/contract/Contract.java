package fr.proxima.itsm.contract;

import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.sla.model.Targets;

import java.time.Instant;
import java.util.List;

/**
 * One version of a contract of engagement (immutable once written).
 *
 * @param communeCode the commune, or {@link Contracts#DEFAULT} for the template
 */
public record Contract(long id, String communeCode, int version, String calendarId, int atRiskPercent, String note,
                       String createdBy, Instant createdAt, List<Target> targets) {

    public static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");

    /** The targets of one ticket type and priority. */
    public record Target(TicketType type, String priority, Targets targets) {
    }

    public Targets targets(TicketType type, String priority) {
        for (Target t : targets) {
            if (t.type() == type && t.priority().equals(priority)) {
                return t.targets();
            }
        }
        throw new IllegalStateException("contract " + id + " has no target for " + type + " " + priority);
    }
}
