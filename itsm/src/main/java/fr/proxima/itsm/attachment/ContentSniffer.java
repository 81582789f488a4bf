package fr.proxima.itsm.attachment;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells what a file is from its bytes, against an allow-list, and refuses anything else. The name the client gave
 * and the type it declared are never trusted: the name only picks between text and CSV.
 *
 * <p>Allowed: PDF, PNG, JPEG, GIF; plain text and CSV (UTF-8 or Windows-1252, no control characters, no markup
 * a browser could run); Office Open XML (docx, xlsx, pptx, without macros) and OpenDocument (odt, ods, odp, odg),
 * recognised by reading the zip's directory, never by inflating it; e-mails (.eml, RFC 822 headers) and Outlook
 * messages (.msg, an OLE2 file with the MAPI property streams).
 */
public final class ContentSniffer {

    /** What a file was recognised as: its media type (served as is) and the extensions that fit it. */
    public record Detected(String mediaType, List<String> extensions) {
        public String canonicalExtension() {
            return extensions.get(0);
        }
    }

    static final Detected PDF = new Detected("application/pdf", List.of("pdf"));
    static final Detected PNG = new Detected("image/png", List.of("png"));
    static final Detected JPEG = new Detected("image/jpeg", List.of("jpg", "jpeg", "jpe"));
    static final Detected GIF = new Detected("image/gif", List.of("gif"));
    static final Detected DOCX = new Detected(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"));
    static final Detected XLSX = new Detected(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"));
    static final Detected PPTX = new Detected(
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx"));
    static final Detected ODT = new Detected("application/vnd.oasis.opendocument.text", List.of("odt"));
    static final Detected ODS = new Detected("application/vnd.oasis.opendocument.spreadsheet", List.of("ods"));
    static final Detected ODP = new Detected("application/vnd.oasis.opendocument.presentation", List.of("odp"));
    static final Detected ODG = new Detected("application/vnd.oasis.opendocument.graphics", List.of("odg"));
    static final Detected EML = new Detected("message/rfc822", List.of("eml"));
    static final Detected MSG = new Detected("application/vnd.ms-outlook", List.of("msg"));

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
    private static final byte[] MSG_STREAM = "__substg1.0_".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] MSG_PROPERTIES = "__properties_version1.0".getBytes(StandardCharsets.UTF_16LE);
    /** Markup a browser would render or run, anywhere in a text file. */
    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*(script|html|!doctype|iframe|svg|body|head|object|embed|meta|link|style|form|img|a\\s|xml|\\?xml)"
                    + "|javascript\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER = Pattern.compile("^[!-9;-~]+:.*");
    private static final List<String> MAIL_HEADERS = List.of("from", "to", "subject", "date", "message-id",
            "received", "mime-version", "return-path", "cc", "content-type", "reply-to");
    private static final int MAX_ZIP_ENTRIES = 20_000;

    private ContentSniffer() {
    }

    /** The type of the content, or empty when it is not on the allow-list (or is not what it pretends to be). */
    public static Optional<Detected> detect(byte[] b, String fileName) {
        if (b == null || b.length == 0) {
            return Optional.empty();
        }
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(b, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        if (startsWith(b, new byte[]{'P', 'K', 3, 4})) {
            return zipDocument(b);
        }
        if (startsWith(b, OLE2_MAGIC)) {
            return indexOf(b, MSG_STREAM) >= 0 && indexOf(b, MSG_PROPERTIES) >= 0 ? Optional.of(MSG) : Optional.empty();
        }
        return text(b, fileName);
    }

    // ---- zip-based office documents: read the central directory, never inflate anything ----

    private static Optional<Detected> zipDocument(byte[] b) {
        Optional<String> odf = openDocumentMimetype(b);
        List<String> names = zipEntryNames(b);
        if (names == null) {
            return Optional.empty();
        }
        if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
            return Optional.empty(); // macro-enabled document: not on the list
        }
        if (odf.isPresent()) {
            return switch (odf.get()) {
                case "application/vnd.oasis.opendocument.text" -> Optional.of(ODT);
                case "application/vnd.oasis.opendocument.spreadsheet" -> Optional.of(ODS);
                case "application/vnd.oasis.opendocument.presentation" -> Optional.of(ODP);
                case "application/vnd.oasis.opendocument.graphics" -> Optional.of(ODG);
                default -> Optional.empty();
            };
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty(); // a plain zip: not on the list
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        if (names.contains("ppt/presentation.xml")) {
            return Optional.of(PPTX);
        }
        return Optional.empty();
    }

    /** OpenDocument files start with a stored (uncompressed) entry "mimetype" holding their type. */
    private static Optional<String> openDocumentMimetype(byte[] b) {
        if (b.length < 30) {
            return Optional.empty();
        }
        int method = u16(b, 8);
        int size = (int) u32(b, 18);
        int nameLength = u16(b, 26);
        int extraLength = u16(b, 28);
        int nameStart = 30;
        if (method != 0 || nameLength != 8 || nameStart + nameLength > b.length) {
            return Optional.empty();
        }
        String name = new String(b, nameStart, nameLength, StandardCharsets.US_ASCII);
        int dataStart = nameStart + nameLength + extraLength;
        if (!name.equals("mimetype") || size <= 0 || size > 100 || dataStart + size > b.length) {
            return Optional.empty();
        }
        return Optional.of(new String(b, dataStart, size, StandardCharsets.US_ASCII).trim());
    }

    /** The names in the zip's central directory, or null when it is not a well-formed zip. */
    static List<String> zipEntryNames(byte[] b) {
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return null;
        }
        int entries = u16(b, eocd + 10);
        long cdOffset = u32(b, eocd + 16);
        if (entries > MAX_ZIP_ENTRIES || cdOffset >= eocd) {
            return null;
        }
        List<String> names = new ArrayList<>(entries);
        int p = (int) cdOffset;
        for (int i = 0; i < entries; i++) {
            if (p + 46 > eocd || b[p] != 'P' || b[p + 1] != 'K' || b[p + 2] != 1 || b[p + 3] != 2) {
                return null;
            }
            int nameLength = u16(b, p + 28);
            int extraLength = u16(b, p + 30);
            int commentLength = u16(b, p + 32);
            if (p + 46 + nameLength > eocd) {
                return null;
            }
            names.add(new String(b, p + 46, nameLength, StandardCharsets.UTF_8));
            p += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    // ---- text, CSV and e-mail ----

    private static Optional<Detected> text(byte[] b, String fileName) {
        int start = startsWith(b, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        for (int i = start; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                return Optional.empty(); // binary, or UTF-16/32, or control characters: not text we serve
            }
        }
        String charset;
        String s;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer decoded = utf8.decode(ByteBuffer.wrap(b, start, b.length - start));
            s = decoded.toString();
            charset = "UTF-8";
        } catch (CharacterCodingException e) {
            s = new String(b, start, b.length - start, java.nio.charset.Charset.forName("windows-1252"));
            charset = "windows-1252";
        }
        if (looksLikeMail(s)) {
            return Optional.of(EML);
        }
        String trimmed = s.stripLeading();
        if (trimmed.startsWith("<") || MARKUP.matcher(s).find()) {
            return Optional.empty(); // HTML, XML, SVG or script in disguise
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(new Detected("text/csv; charset=" + charset, List.of("csv")));
        }
        return Optional.of(new Detected("text/plain; charset=" + charset, List.of("txt", "log", "text")));
    }

    /** An RFC 822 message: a block of header lines, at least two of them common mail headers, then a blank line. */
    private static boolean looksLikeMail(String s) {
        int known = 0;
        int lines = 0;
        for (String line : s.lines().limit(500).toList()) {
            if (line.isEmpty()) {
                return lines > 0 && known >= 2;
            }
            lines++;
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (lines == 1) {
                    return false;
                }
                continue;
            }
            if (!HEADER.matcher(line).matches()) {
                return false;
            }
            String name = line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT);
            if (MAIL_HEADERS.contains(name)) {
                known++;
            }
        }
        return false;
    }

    // ---- bytes ----

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle) {
        outer:
        for (int i = 0; i <= b.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
