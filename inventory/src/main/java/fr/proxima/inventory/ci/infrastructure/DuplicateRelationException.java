package fr.proxima.inventory.ci.infrastructure;

/** The same relation was stored concurrently (the unique key refused the second). */
public final class DuplicateRelationException extends RuntimeException {
    DuplicateRelationException() {
        super("duplicate relation", null, false, false);
    }
}
