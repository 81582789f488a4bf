package fr.proxima.inventory.ci.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text normalisation shared by the CI rules, with precompiled patterns and ASCII fast paths: an import checks
 * hundreds of thousands of cells, and compiling a regular expression per cell would cost more than the rest.
 */
public final class Texts {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /** Stripped, inner runs of white space reduced to one space; {@code null} for null or blank. */
    public static String collapse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != ' ' && Character.isWhitespace(c) || c == ' ' && i + 1 < t.length() && t.charAt(i + 1) == ' ') {
                return SPACES.matcher(t).replaceAll(" ");
            }
        }
        return t;
    }

    /** Lower case without accents (NFD, combining marks removed); skips the decomposition for plain ASCII. */
    public static String fold(String s) {
        String t = s.strip();
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 0x7F) {
                return MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
            }
        }
        return t.toLowerCase(Locale.ROOT);
    }

    /** {@code s} without the characters of {@code chars}. */
    public static String without(String s, String chars) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = chars.indexOf(c) >= 0 || (chars.indexOf(' ') >= 0 && Character.isWhitespace(c));
            if (drop && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!drop && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
