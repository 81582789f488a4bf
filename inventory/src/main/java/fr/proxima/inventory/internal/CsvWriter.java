package fr.proxima.inventory.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV files for spreadsheets used in France: UTF-8 with a byte-order mark, {@code ;} separator, CRLF, French
 * headers; a cell starting with {@code = + - @} gets an apostrophe so that a spreadsheet never runs it as a formula.
 */
public final class CsvWriter {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private final StringBuilder out = new StringBuilder(64 * 1024);

    public CsvWriter(List<String> header) {
        row(header.toArray());
    }

    public CsvWriter row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            out.append(i == 0 ? "" : ";").append(cell(cells[i]));
        }
        out.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    static String cell(Object value) {
        String s = value == null ? "" : value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        boolean quote = s.chars().anyMatch(c -> c == ';' || c == '"' || c == '\n' || c == '\r');
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
