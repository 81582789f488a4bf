package fr.proxima.inventory.software;

import fr.proxima.inventory.ci.model.Texts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The match key of a software name: how "Mozilla Firefox (x64 fr)", "Mozilla Firefox 128.0.3" and the catalogue's
 * "Mozilla Firefox" find each other. Lower case, accents removed, parenthesised and bracketed notes, architecture
 * and language tags and a trailing version number dropped, spaces collapsed. Product years stay ("Office 2019" is
 * not "Office 2016").
 */
public final class SoftwareNames {
    public static final int MAX = 160;
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern TAGS = Pattern.compile(
            "\\b(x64|x86|amd64|arm64|win64|win32|64[- ]?bits?|32[- ]?bits?|[a-z]{2}-[a-z]{2})\\b");
    private static final Pattern TRAILING_VERSION = Pattern.compile("(\\s+|\\s*-\\s*|\\s+v)\\d+(\\.\\d+)+[a-z0-9.-]*$"
            + "|\\s+(version|update)?\\s*(?!(19|20)\\d\\d$)\\d{3,}$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_]+");
    private static final Pattern TRAILING_DASHES = Pattern.compile("[\\s-]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:-]+$");

    private SoftwareNames() {
    }

    /** The match key, or {@code null} for a blank name. */
    public static String matchKey(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String s = Texts.fold(name);
        s = BRACKETS.matcher(s).replaceAll(" ");
        s = TAGS.matcher(s).replaceAll(" ");
        s = SEPARATORS.matcher(s).replaceAll(" ").strip();
        s = TRAILING_DASHES.matcher(s).replaceAll("");
        String previous;
        do {
            previous = s;
            s = TRAILING_VERSION.matcher(s).replaceAll("").strip();
            s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
        } while (!s.equals(previous) && !s.isEmpty());
        if (s.isEmpty()) {
            s = SEPARATORS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        }
        return s.length() > MAX ? s.substring(0, MAX) : s;
    }
}
