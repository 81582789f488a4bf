package fr.proxima.inventory.telephony.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An operator's monthly cost file: {@code ;}-separated, French headers in any order and case, with or without
 * accents (the line number: « Numéro de ligne », « Ligne », « MSISDN »; the amount: « Montant », « Montant TTC »,
 * « Montant HT »; the month: « Période », « Mois »; optionally a label: « Libellé », « Forfait »), decimal comma
 * (thousands separated by spaces allowed), months as {@code 2026-10}, {@code 10/2026}, {@code 01/10/2026} or
 * {@code octobre 2026}. One file is one month: the first valid row sets it, a row of another month is rejected.
 * Every rejected row names its line number (the header is line 1) and why.
 */
public final class OperatorCsv {
    public static final int MAX_ROWS = 200_000;

    /** One cost row. */
    public record Row(int csvLine, String lineNumber, BigDecimal amount, String label) {
    }

    /** A rejected row and why (stable reason code and a French message). */
    public record Rejected(int csvLine, String reason, String message) {
    }

    /** The file read: its month, its valid rows and its rejected ones. */
    public record Parsed(String period, List<Row> rows, List<Rejected> rejected) {
    }

    /** The whole file is unreadable (no header, a column missing...). */
    public static final class FileError extends RuntimeException {
        private final String reason;

        public FileError(String reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private static final Pattern ISO_MONTH = Pattern.compile("^(\\d{4})-(\\d{1,2})$");
    private static final Pattern FR_MONTH = Pattern.compile("^(\\d{1,2})/(\\d{4})$");
    private static final Pattern FR_DATE = Pattern.compile("^\\d{1,2}/(\\d{1,2})/(\\d{4})$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})$");
    private static final Pattern WORDS = Pattern.compile("^([a-z]+)\\s+(\\d{4})$");
    private static final String[] MONTHS = {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
            "septembre", "octobre", "novembre", "decembre"};

    private OperatorCsv() {
    }

    /** Reads the records (already split by the caller's CSV reader: the header first). */
    public static Parsed read(List<List<String>> records) {
        if (records.isEmpty()) {
            throw new FileError("empty", "Fichier vide");
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw new FileError("too-large", "Plus de " + MAX_ROWS + " lignes");
        }
        Map<String, Integer> columns = columns(records.get(0));
        Integer line = columns.get("line");
        Integer amount = columns.get("amount");
        Integer period = columns.get("period");
        if (line == null || amount == null || period == null) {
            throw new FileError("columns", "Colonnes attendues : « Numéro de ligne », « Montant », « Période » "
                    + "(séparateur « ; »)");
        }
        Integer label = columns.get("label");
        String month = null;
        List<Row> rows = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            int csvLine = i + 1;
            if (r.stream().allMatch(s -> s == null || s.isBlank())) {
                continue;
            }
            String number = PhoneNumbers.digits(cell(r, line));
            if (number == null) {
                rejected.add(new Rejected(csvLine, "line-number", "Numéro de ligne illisible : « " + cell(r, line) + " »"));
                continue;
            }
            BigDecimal value = amount(cell(r, amount));
            if (value == null) {
                rejected.add(new Rejected(csvLine, "amount", "Montant illisible : « " + cell(r, amount) + " »"));
                continue;
            }
            String p = period(cell(r, period));
            if (p == null) {
                rejected.add(new Rejected(csvLine, "period", "Période illisible : « " + cell(r, period) + " »"));
                continue;
            }
            if (month == null) {
                month = p;
            } else if (!month.equals(p)) {
                rejected.add(new Rejected(csvLine, "other-period", "Période " + p + " dans un fichier de " + month));
                continue;
            }
            String l = label == null ? null : cell(r, label).strip();
            rows.add(new Row(csvLine, number, value, l == null || l.isEmpty() ? null
                    : l.length() > 120 ? l.substring(0, 120) : l));
        }
        if (month == null) {
            throw new FileError("no-row", "Aucune ligne valide : impossible de connaître la période");
        }
        return new Parsed(month, List.copyOf(rows), List.copyOf(rejected));
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = fold(header.get(i));
            String key = switch (h) {
                case "numero de ligne", "numero", "ligne", "n de ligne", "no de ligne", "numero d'appel", "msisdn",
                     "numero de telephone", "telephone" -> "line";
                case "montant", "montant ttc", "montant ht", "montant eur", "montant total",
                     "total", "cout" -> "amount";
                case "periode", "mois", "mois de facturation", "periode de facturation" -> "period";
                case "libelle", "forfait", "offre", "designation" -> "label";
                default -> null;
            };
            if (key != null) {
                out.putIfAbsent(key, i);
            }
        }
        return out;
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s.replace("\uFEFF", ""), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9'/ -]", " ").replaceAll("\\s+", " ").strip();
    }

    /** {@code 1 234,56} or {@code 12.5} or {@code -3,20} → a decimal with two places; null when unreadable. */
    static BigDecimal amount(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replaceAll("[\\s\\u00A0\\u202F€]", "");
        if (s.matches("^-?\\d{1,10}(,\\d{1,4})?$")) {
            s = s.replace(',', '.');
        } else if (!s.matches("^-?\\d{1,10}(\\.\\d{1,4})?$")) {
            return null;
        }
        return new BigDecimal(s).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The month as {@code YYYY-MM}, or null. */
    static String period(String raw) {
        if (raw == null) {
            return null;
        }
        String s = fold(raw);
        Matcher m;
        int year;
        int month;
        if ((m = ISO_MONTH.matcher(s)).matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
        } else if ((m = FR_MONTH.matcher(s)).matches() || (m = FR_DATE.matcher(s)).matches()) {
            month = Integer.parseInt(m.group(1));
            year = Integer.parseInt(m.group(2));
        } else if ((m = COMPACT.matcher(s)).matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
        } else if ((m = WORDS.matcher(s)).matches()) {
            month = 0;
            for (int i = 0; i < MONTHS.length; i++) {
                if (MONTHS[i].equals(m.group(1))) {
                    month = i + 1;
                }
            }
            year = Integer.parseInt(m.group(2));
        } else {
            return null;
        }
        if (month < 1 || month > 12 || year < 2000 || year > 2100) {
            return null;
        }
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    private static String cell(List<String> r, int i) {
        return i < r.size() && r.get(i) != null ? r.get(i) : "";
    }
}
