package fr.proxima.inventory.ci.infrastructure;

import java.sql.SQLException;

/**
 * A write hit one of the CI's unique keys: the asset tag, the serial number of the manufacturer, the mobile
 * line number or the inventory agent's device id is already another CI's. The application checks before writing; this is what a concurrent writer
 * that got there first looks like.
 */
public final class DuplicateCiException extends RuntimeException {
    /** Which unique key was hit. */
    public enum Key { ASSET_TAG, SERIAL, LINE_NUMBER, AGENT_DEVICE }

    private final Key key;

    DuplicateCiException(Key key) {
        super("duplicate " + key, null, false, false);
        this.key = key;
    }

    public Key key() {
        return key;
    }

    /** Whether {@code e} is (caused by) a unique-key violation. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    /** The duplicate behind {@code e}, or {@code null} when {@code e} is not a unique-key violation of inv_ci. */
    static DuplicateCiException of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 1062) {
                String m = String.valueOf(sql.getMessage());
                if (m.contains("uk_inv_ci_asset_tag")) {
                    return new DuplicateCiException(Key.ASSET_TAG);
                }
                if (m.contains("uk_inv_ci_serial")) {
                    return new DuplicateCiException(Key.SERIAL);
                }
                if (m.contains("uk_inv_ci_line")) {
                    return new DuplicateCiException(Key.LINE_NUMBER);
                }
                if (m.contains("uk_inv_ci_agent")) {
                    return new DuplicateCiException(Key.AGENT_DEVICE);
                }
            }
        }
        return null;
    }
}
