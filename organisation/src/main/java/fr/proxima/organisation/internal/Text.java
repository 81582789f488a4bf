package fr.proxima.organisation.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation shared by the search keys: lower case, no accents, words separated by one space. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Text() {
    }

    /** "Élodie  D'Aubigné-Lacroix" → "elodie d aubigne lacroix". */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss");
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        t = NON_ALNUM.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return t.trim();
    }

    /** Escapes the LIKE wildcards of user input (escape character backslash, MariaDB's default). */
    public static String likePrefix(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
