package fr.proxima.itsm.attachment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a client's file name safe to store and to hand back in a {@code Content-Disposition} header: no path, no
 * control or bidirectional-override characters, none of the characters Windows forbids, a bounded length, and an
 * extension that fits the detected type (a text file named {@code page.html} is stored as {@code page.html.txt}).
 */
public final class FileNames {
    public static final String FALLBACK = "piece-jointe";
    static final int MAX_LENGTH = 200;
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");

    private FileNames() {
    }

    public static String sanitise(String declared, ContentSniffer.Detected type) {
        String name = declared == null ? "" : declared;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            int t = Character.getType(cp);
            boolean invisible = t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED
                    || t == Character.PRIVATE_USE || t == Character.SURROGATE || t == Character.LINE_SEPARATOR
                    || t == Character.PARAGRAPH_SEPARATOR;
            if (invisible || "<>:\"/\\|?*".indexOf(cp) >= 0) {
                sb.append(invisible && Character.isWhitespace(cp) ? ' ' : '_');
            } else {
                sb.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
            }
        });
        name = sb.toString().replaceAll(" {2,}", " ").replaceAll("^[ .]+|[ .]+$", "");
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (base.isBlank() || base.replace("_", "").isBlank()) {
            base = FALLBACK;
            ext = type.extensions().contains(ext) ? ext : "";
        }
        if (WINDOWS_RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
            base = "_" + base;
        }
        String fullName = ext.isEmpty() ? base : base + "." + name.substring(name.lastIndexOf('.') + 1);
        if (!type.extensions().contains(ext)) {
            fullName = fullName + "." + type.canonicalExtension();
        }
        if (fullName.length() > MAX_LENGTH) {
            String suffix = fullName.substring(fullName.lastIndexOf('.'));
            fullName = fullName.substring(0, MAX_LENGTH - suffix.length()).stripTrailing() + suffix;
        }
        return fullName;
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}: always a download, never inline. */
    public static String contentDisposition(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_").replace(";", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
