package fr.proxima.inventory.ciimport.model;

import fr.proxima.inventory.ci.model.CiDetails;
import fr.proxima.inventory.ci.model.CiDraft;
import fr.proxima.inventory.ci.model.Violation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One data line of an import file: its line number (the header is line 1) and its cells by column. Turned into a
 * draft over an existing CI's details, so that a column the file does not have leaves the field as it is.
 */
public record ImportLine(long number, Map<ImportColumn, String> cells) {
    public static final int CELL_MAX = 4_000;
    private static final java.util.regex.Pattern PIPE = java.util.regex.Pattern.compile("\\|");

    public ImportLine {
        cells = new EnumMap<>(cells.isEmpty() ? new EnumMap<>(ImportColumn.class) : cells);
    }

    public String get(ImportColumn c) {
        String v = cells.get(c);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public boolean has(ImportColumn c) {
        return cells.containsKey(c);
    }

    /**
     * The draft this line describes over {@code current} (null for a new CI): a column the file has replaces the
     * field (empty cell: no value), a column it does not have keeps the current value. The attributes cell
     * ({@code clé=valeur|clé=valeur}) is merged over the current attributes; a key with an empty value removes it.
     *
     * @param errors receives a violation for an unreadable attributes cell or a non-numeric site / agent id
     */
    public CiDraft draft(CiDetails current, List<Violation> errors) {
        CiDraft base = current == null ? null : current.toDraft();
        return new CiDraft(
                pick(ImportColumn.TYPE, base == null ? null : base.type()),
                pick(ImportColumn.ASSET_TAG, base == null ? null : base.assetTag()),
                pick(ImportColumn.SERIAL_NUMBER, base == null ? null : base.serialNumber()),
                pick(ImportColumn.MANUFACTURER, base == null ? null : base.manufacturer()),
                pick(ImportColumn.MODEL, base == null ? null : base.model()),
                pick(ImportColumn.STATUS, base == null ? null : base.status()),
                pick(ImportColumn.COMMUNE, base == null ? null : base.communeCode()),
                id(ImportColumn.SITE, "site", base == null ? null : base.siteId(), errors),
                id(ImportColumn.PERSON, "person", base == null ? null : base.personId(), errors),
                pick(ImportColumn.ACQUISITION_DATE, base == null ? null : base.acquisitionDate()),
                pick(ImportColumn.WARRANTY_END, base == null ? null : base.warrantyEnd()),
                pick(ImportColumn.SUPPLIER, base == null ? null : base.supplier()),
                pick(ImportColumn.PURCHASE_REFERENCE, base == null ? null : base.purchaseReference()),
                pick(ImportColumn.NOTES, base == null ? null : base.notes()),
                attributes(errors));
    }

    private String pick(ImportColumn c, String current) {
        return has(c) ? get(c) : current;
    }

    private Long id(ImportColumn c, String field, Long current, List<Violation> errors) {
        if (!has(c)) {
            return current;
        }
        String v = get(c);
        if (v == null) {
            return null;
        }
        try {
            long id = Long.parseLong(v);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(new Violation(field, "invalid", c.header() + " : identifiant numérique attendu"));
        return null;
    }

    private Map<String, Object> attributes(List<Violation> errors) {
        String cell = get(ImportColumn.ATTRIBUTES);
        Map<String, Object> out = new LinkedHashMap<>();
        if (cell == null) {
            return out;
        }
        for (String pair : PIPE.split(cell)) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                errors.add(new Violation("attributes", "invalid", "Attributs : « clé=valeur » séparés par « | »"));
                return Map.of();
            }
            String value = pair.substring(eq + 1).strip();
            out.put(pair.substring(0, eq).strip(), value.isEmpty() ? null : value);
        }
        return out;
    }
}
