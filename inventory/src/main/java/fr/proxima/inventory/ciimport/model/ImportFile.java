package fr.proxima.inventory.ciimport.model;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * An import file, read: UTF-8 with or without a byte-order mark (what the template and Excel's "CSV UTF-8" give),
 * else Windows-1252 (Excel's plain "CSV (séparateur : point-virgule)" on a French Windows); {@code ;} separator,
 * {@code "} quotes; the first line is the header, matched to the template's columns ({@link ImportColumn}). Blank
 * lines are skipped. Line numbers count the header as line 1 (a quoted cell spanning lines counts as one).
 */
public final class ImportFile {
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('"')
            .setIgnoreEmptyLines(false).setTrim(false).get();

    /** The file cannot be imported at all (encoding, header); the message is French. */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private final String text;
    private final String encoding;
    private final Map<Integer, ImportColumn> columns;

    private ImportFile(String text, String encoding, Map<Integer, ImportColumn> columns) {
        this.text = text;
        this.encoding = encoding;
        this.columns = columns;
    }

    public static ImportFile read(byte[] bytes) throws Unreadable {
        if (bytes == null || bytes.length == 0) {
            throw new Unreadable("Le fichier est vide");
        }
        String encoding = "UTF-8";
        String text;
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            if (start == 3) {
                throw new Unreadable("Le fichier annonce l'UTF-8 (BOM) mais n'en est pas");
            }
            encoding = "windows-1252";
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new Unreadable("Ce n'est pas un fichier texte CSV");
        }
        Map<Integer, ImportColumn> columns = header(text);
        return new ImportFile(text, encoding, columns);
    }

    private static Map<Integer, ImportColumn> header(String text) throws Unreadable {
        CSVRecord header;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw new Unreadable("Le fichier est vide");
            }
            header = it.next();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Unreadable("En-tête illisible");
        }
        Map<Integer, ImportColumn> columns = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            if (cell.isBlank()) {
                continue;
            }
            ImportColumn c = ImportColumn.of(cell);
            if (c == null) {
                unknown.add(cell.length() > 40 ? cell.substring(0, 40) + "…" : cell);
            } else if (columns.containsValue(c)) {
                twice.add(c.header());
            } else {
                columns.put(i, c);
            }
        }
        List<String> missing = new ArrayList<>();
        for (ImportColumn c : ImportColumn.values()) {
            if (c.required() && !columns.containsValue(c)) {
                missing.add(c.header());
            }
        }
        if (!unknown.isEmpty() || !missing.isEmpty() || !twice.isEmpty()) {
            StringBuilder m = new StringBuilder("En-tête non conforme au modèle (séparateur « ; »)");
            if (!missing.isEmpty()) {
                m.append(" ; colonnes obligatoires absentes : ").append(String.join(", ", missing));
            }
            if (!unknown.isEmpty()) {
                m.append(" ; colonnes inconnues : ").append(String.join(", ", unknown.subList(0,
                        Math.min(10, unknown.size()))));
            }
            if (!twice.isEmpty()) {
                m.append(" ; colonnes en double : ").append(String.join(", ", twice));
            }
            throw new Unreadable(m.toString());
        }
        return columns;
    }

    public String encoding() {
        return encoding;
    }

    /** The columns the file has. */
    public List<ImportColumn> columns() {
        return List.copyOf(columns.values());
    }

    /** The data lines, in file order, read lazily (a malformed quote ends the iteration with an error). */
    public Iterable<ImportLine> lines() {
        return () -> new Iterator<>() {
            private final CSVParser parser = open();
            private final Iterator<CSVRecord> records = parser.iterator();
            private ImportLine next = advance(true);

            private CSVParser open() {
                try {
                    return FORMAT.parse(new StringReader(text));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            private ImportLine advance(boolean skipHeader) {
                if (skipHeader && records.hasNext()) {
                    records.next();
                }
                while (records.hasNext()) {
                    CSVRecord r = records.next();
                    if (r.size() == 1 && r.get(0).isBlank()) {
                        continue;
                    }
                    Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
                    columns.forEach((index, column) -> {
                        String v = index < r.size() ? r.get(index) : "";
                        cells.put(column, v.length() > ImportLine.CELL_MAX ? v.substring(0, ImportLine.CELL_MAX) : v);
                    });
                    return new ImportLine(r.getRecordNumber(), cells);
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public ImportLine next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                ImportLine current = next;
                next = advance(false);
                return current;
            }
        };
    }

    /** How many data lines the file holds. */
    public int count() {
        int n = 0;
        for (ImportLine ignored : lines()) {
            n++;
        }
        return n;
    }
}
