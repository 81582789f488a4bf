package fr.proxima.inventory.ci.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Serial numbers: upper case, inner spaces removed, at most 64 characters. Firmware often reports a placeholder
 * instead of a real number ("To be filled by O.E.M.", "Default string", "0123456789"...): such a value identifies
 * nothing, so an agent's placeholder counts as no serial at all (the machine is then matched by its asset tag or
 * its agent) and a person typing one is refused.
 */
public final class SerialNumber {
    public static final int MAX = 64;
    private static final Pattern FORMAT = Pattern.compile("^[A-Z0-9][A-Z0-9._/:+-]{0,63}$");
    private static final Set<String> PLACEHOLDERS = Set.of("TOBEFILLEDBYO.E.M.", "TOBEFILLEDBYOEM", "DEFAULTSTRING",
            "SYSTEMSERIALNUMBER", "NOTSPECIFIED", "NOTAPPLICABLE", "N/A", "NA", "NONE", "NULL", "UNKNOWN", "0",
            "00000000", "0000000000", "123456789", "0123456789", "1234567890", "XXXXXXXXXX", "CHASSISSERIALNUMBER",
            "INVALID", "OEM", "SERIAL", "EMPTY");

    private SerialNumber() {
    }

    /** The stored form of a serial number, or {@code null} when blank. Does not check the format. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Texts.without(text.strip(), " ").toUpperCase(Locale.ROOT);
    }

    public static boolean isWellFormed(String normalised) {
        return normalised != null && FORMAT.matcher(normalised).matches();
    }

    /** Whether the (normalised) value is one of the firmware placeholders that identify nothing. */
    public static boolean isPlaceholder(String normalised) {
        return normalised != null && (PLACEHOLDERS.contains(normalised) || normalised.chars().distinct().count() == 1);
    }

    /** The serial an agent reported, or {@code null} when it is blank, a placeholder or malformed. */
    public static String fromAgent(String text) {
        String v = normalise(text);
        return isWellFormed(v) && !isPlaceholder(v) ? v : null;
    }
}
