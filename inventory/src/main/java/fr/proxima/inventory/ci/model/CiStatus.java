package fr.proxima.inventory.ci.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a CI stands in its life. RETIRED is final: a retired item is kept for the history (and the accounts) but
 * never comes back; an item that returns to service is a new CI. Moving to LENT needs a person to lend it to
 * ({@link CiDetails}).
 */
public enum CiStatus {
    IN_STOCK("En stock"),
    IN_SERVICE("En service"),
    UNDER_REPAIR("En réparation"),
    LENT("Prêté"),
    RETIRED("Réformé");

    private final String label;

    CiStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses this one may move to (itself excluded). */
    public Set<CiStatus> next() {
        if (this == RETIRED) {
            return EnumSet.noneOf(CiStatus.class);
        }
        EnumSet<CiStatus> all = EnumSet.allOf(CiStatus.class);
        all.remove(this);
        return all;
    }

    public boolean mayBecome(CiStatus target) {
        return target == this || next().contains(target);
    }

    public List<String> nextNames() {
        return next().stream().map(Enum::name).toList();
    }

    /** The status named by its code ({@code IN_SERVICE}) or its French label ({@code En service}). */
    public static Optional<CiStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Lookup.BY_NAME.get(CiType.fold(text)));
    }

    /** Codes and labels, folded, to the status. */
    private static final class Lookup {
        static final java.util.Map<String, CiStatus> BY_NAME = new java.util.HashMap<>();

        static {
            for (CiStatus s : values()) {
                BY_NAME.put(CiType.fold(s.name()), s);
                BY_NAME.put(CiType.fold(s.label), s);
            }
        }
    }
}
