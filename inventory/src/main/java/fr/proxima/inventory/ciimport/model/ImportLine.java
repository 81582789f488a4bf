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

    /**
     * Sites and agents named in words rather than by id: a site by its name in the line's entity, an agent by its
     * e-mail address in the line's entity (the people and sites an import knows are the active ones).
     */
    public interface Names {
        /** No names known: site and agent cells must be ids. */
        Names NONE = new Names() {
            @Override
            public List<Long> sitesNamed(String communeCode, String name) {
                return List.of();
            }

            @Override
            public List<Long> peopleWithEmail(String communeCode, String email) {
                return List.of();
            }
        };

        /** The ids of the open sites of the entity with that name (case, accents and spaces ignored). */
        List<Long> sitesNamed(String communeCode, String name);

        /** The ids of the active agents of the entity with that e-mail address (case ignored). */
        List<Long> peopleWithEmail(String communeCode, String email);
    }

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
     * @param errors receives a violation for an unreadable attributes cell or a site / agent the cell does not name
     */
    public CiDraft draft(CiDetails current, List<Violation> errors) {
        return draft(current, Names.NONE, errors);
    }

    /**
     * As {@link #draft(CiDetails, List)}, a site cell holding an id or a site name of the line's entity, an agent
     * cell an id or an agent's e-mail address.
     */
    public CiDraft draft(CiDetails current, Names names, List<Violation> errors) {
        CiDraft base = current == null ? null : current.toDraft();
        String commune = pick(ImportColumn.COMMUNE, base == null ? null : base.communeCode());
        return new CiDraft(
                pick(ImportColumn.TYPE, base == null ? null : base.type()),
                pick(ImportColumn.ASSET_TAG, base == null ? null : base.assetTag()),
                pick(ImportColumn.SERIAL_NUMBER, base == null ? null : base.serialNumber()),
                pick(ImportColumn.MANUFACTURER, base == null ? null : base.manufacturer()),
                pick(ImportColumn.MODEL, base == null ? null : base.model()),
                pick(ImportColumn.STATUS, base == null ? null : base.status()),
                commune,
                site(commune, names, base == null ? null : base.siteId(), errors),
                person(commune, names, base == null ? null : base.personId(), errors),
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

    private Long site(String commune, Names names, Long current, List<Violation> errors) {
        return reference(ImportColumn.SITE, "site", current, errors, v -> commune == null ? null
                : names.sitesNamed(commune, v), "identifiant ou nom de site attendu",
                "aucun site ouvert de ce nom dans l'entité", " sites portent ce nom dans l'entité");
    }

    private Long person(String commune, Names names, Long current, List<Violation> errors) {
        return reference(ImportColumn.PERSON, "person", current, errors, v -> v.indexOf('@') <= 0 || commune == null
                ? null : names.peopleWithEmail(commune, v), "identifiant ou adresse électronique attendu",
                "aucun agent actif de l'entité n'a cette adresse", " agents de l'entité ont cette adresse");
    }

    /**
     * The id a site or agent cell gives: the number itself, else the one record its text names ({@code byName}
     * answers null for a text that cannot be a name); none or several named: a violation.
     */
    private Long reference(ImportColumn c, String field, Long current, List<Violation> errors,
                           java.util.function.Function<String, List<Long>> byName, String notAName, String none,
                           String several) {
        if (!has(c) || get(c) == null) {
            return has(c) ? null : current;
        }
        String v = get(c);
        Long id = positive(v);
        if (id != null) {
            return id;
        }
        List<Long> found = byName.apply(v);
        if (found == null) {
            return invalid(errors, field, "invalid", notAName);
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        return found.isEmpty() ? invalid(errors, field, "unknown", none)
                : invalid(errors, field, "ambiguous", found.size() + several + " ; donnez son identifiant");
    }

    private static Long positive(String v) {
        if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(Character::isDigit)) {
            return null;
        }
        long id = Long.parseLong(v);
        return id > 0 ? id : null;
    }

    private static Long invalid(List<Violation> errors, String field, String code, String message) {
        errors.add(new Violation(field, code, message));
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
