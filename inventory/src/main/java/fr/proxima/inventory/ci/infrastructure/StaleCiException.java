package fr.proxima.inventory.ci.infrastructure;

/** The CI changed since it was read (optimistic locking on {@code version}). */
public final class StaleCiException extends RuntimeException {
    public StaleCiException(long ciId) {
        super("configuration item " + ciId + " was changed concurrently", null, false, false);
    }
}
