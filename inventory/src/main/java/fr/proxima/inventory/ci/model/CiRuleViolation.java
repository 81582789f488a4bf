package fr.proxima.inventory.ci.model;

import java.util.List;

/**
 * A CI rule refused a change. Carries a stable code (inventory range 30xx), the offending fields and, for a status
 * change, the statuses allowed from the current one; the application layer turns it into a problem document.
 */
public final class CiRuleViolation extends RuntimeException {
    /** Invalid input: see the field violations. */
    public static final String INVALID = "INV-3001";
    /** The status cannot move to the requested one (RETIRED is final). */
    public static final String ILLEGAL_STATUS = "INV-3010";
    /** A relation to itself. */
    public static final String SELF_RELATION = "INV-3020";
    /** The same relation already exists (either direction for CONNECTED_TO). */
    public static final String DUPLICATE_RELATION = "INV-3021";
    /** The relation would close a loop of PART_OF / INSTALLED_ON. */
    public static final String RELATION_CYCLE = "INV-3022";

    public enum Kind { INVALID, CONFLICT }

    private final Kind kind;
    private final String code;
    private final List<Violation> violations;
    private final List<String> allowed;

    private CiRuleViolation(Kind kind, String code, String message, List<Violation> violations, List<String> allowed) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
        this.violations = List.copyOf(violations);
        this.allowed = List.copyOf(allowed);
    }

    public static CiRuleViolation invalid(List<Violation> violations) {
        return new CiRuleViolation(Kind.INVALID, INVALID, "Un ou plusieurs champs sont invalides", violations,
                List.of());
    }

    public static CiRuleViolation illegalStatus(CiStatus from, CiStatus to) {
        return new CiRuleViolation(Kind.CONFLICT, ILLEGAL_STATUS,
                "Un matériel « " + from.label() + " » ne peut pas passer à « " + to.label() + " »",
                List.of(new Violation("status", "illegal_transition", "Passage de " + from + " à " + to + " impossible")),
                from.nextNames());
    }

    public static CiRuleViolation relation(String code, Kind kind, String message) {
        return new CiRuleViolation(kind, code, message, List.of(), List.of());
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** For {@link #ILLEGAL_STATUS}: the statuses the CI may move to. */
    public List<String> allowed() {
        return allowed;
    }
}
