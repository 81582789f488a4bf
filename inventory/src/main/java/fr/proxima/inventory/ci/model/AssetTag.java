package fr.proxima.inventory.ci.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The asset tag (numéro d'inventaire) stuck on the item: 2 to 32 characters, letters, digits and {@code - _ . /},
 * stored in upper case so that {@code pc-tal-0042} and {@code PC-TAL-0042} are the same tag.
 */
public record AssetTag(String value) {
    public static final int MAX = 32;
    private static final Pattern FORMAT = Pattern.compile("^[A-Z0-9][A-Z0-9._/-]{1,31}$");

    public AssetTag {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an asset tag: " + value);
        }
    }

    /** The tag in its stored form, or {@code null} when {@code text} cannot be one. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String v = text.strip().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(v).matches() ? v : null;
    }

    public static AssetTag of(String text) {
        return new AssetTag(normalise(text));
    }

    @Override
    public String toString() {
        return value;
    }
}
