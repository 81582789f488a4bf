package fr.proxima.itsm.ticket.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Impact × urgency → priority, complete for the nine cells; the matrix in force is configurable (stored by the
 * {@code priority} feature). A VIP requester raises the result one level; P1 stays P1.
 */
public final class PriorityMatrix {
    private final Map<Impact, Map<Urgency, Priority>> cells;

    private PriorityMatrix(Map<Impact, Map<Urgency, Priority>> cells) {
        this.cells = cells;
    }

    /** A matrix from its nine cells; refuses an incomplete one. */
    public static PriorityMatrix of(Map<Impact, Map<Urgency, Priority>> cells) {
        Map<Impact, Map<Urgency, Priority>> copy = new EnumMap<>(Impact.class);
        for (Impact i : Impact.values()) {
            Map<Urgency, Priority> row = cells.get(i);
            if (row == null) {
                throw new IllegalArgumentException("priority matrix lacks impact " + i);
            }
            Map<Urgency, Priority> r = new EnumMap<>(Urgency.class);
            for (Urgency u : Urgency.values()) {
                r.put(u, Objects.requireNonNull(row.get(u), () -> "priority matrix lacks " + i + " x " + u));
            }
            copy.put(i, r);
        }
        return new PriorityMatrix(copy);
    }

    /** The usual ITIL 3×3 matrix on four levels (also the seed of the stored matrix). */
    public static PriorityMatrix standard() {
        return of(Map.of(
                Impact.HIGH, Map.of(Urgency.HIGH, Priority.P1, Urgency.MEDIUM, Priority.P2, Urgency.LOW, Priority.P3),
                Impact.MEDIUM, Map.of(Urgency.HIGH, Priority.P2, Urgency.MEDIUM, Priority.P3, Urgency.LOW, Priority.P4),
                Impact.LOW, Map.of(Urgency.HIGH, Priority.P3, Urgency.MEDIUM, Priority.P4, Urgency.LOW, Priority.P4)));
    }

    /** The cell of the matrix, without the VIP rule. */
    public Priority priorityOf(Impact impact, Urgency urgency) {
        return cells.get(Objects.requireNonNull(impact)).get(Objects.requireNonNull(urgency));
    }

    /** The priority of a ticket: the cell, raised one level for a VIP requester. */
    public Priority priorityFor(Impact impact, Urgency urgency, boolean vipRequester) {
        Priority p = priorityOf(impact, urgency);
        return vipRequester ? p.raisedOneLevel() : p;
    }

    /** A copy with one cell changed. */
    public PriorityMatrix with(Impact impact, Urgency urgency, Priority priority) {
        Map<Impact, Map<Urgency, Priority>> copy = new EnumMap<>(Impact.class);
        cells.forEach((i, row) -> copy.put(i, new EnumMap<>(row)));
        copy.get(impact).put(urgency, Objects.requireNonNull(priority));
        return new PriorityMatrix(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriorityMatrix m && m.cells.equals(cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }

    @Override
    public String toString() {
        return "PriorityMatrix" + cells;
    }
}
