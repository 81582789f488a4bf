package fr.proxima.inventory.ci.model;

import fr.proxima.organisation.CommuneCode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything about a CI that people (or agents) edit, checked: the common fields and the type's attributes. Two
 * details are equal when every field is, which is how an import tells "unchanged" from "updated".
 * Existence checks (commune, site, person) need the organisation and belong to the application layer.
 */
public record CiDetails(CiType type, String assetTag, String serialNumber, String manufacturer, String model,
                        CiStatus status, String communeCode, Long siteId, Long personId, LocalDate acquisitionDate,
                        LocalDate warrantyEnd, String supplier, String purchaseReference, String notes,
                        CiAttributes attributes) {
    public static final int MANUFACTURER_MAX = 64;
    public static final int MODEL_MAX = 120;
    public static final int SUPPLIER_MAX = 120;
    public static final int PURCHASE_REFERENCE_MAX = 64;
    public static final int NOTES_MAX = 4000;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    public CiDetails {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(assetTag, "assetTag");
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(attributes, "attributes");
    }

    /**
     * Checks a draft: every violation found is reported at once (field names of the API). The draft's attributes
     * are applied over {@code baseAttributes} (empty for a creation or a full replacement).
     *
     * @throws CiRuleViolation {@link CiRuleViolation#INVALID} with the field violations
     */
    public static CiDetails from(CiDraft d, CiAttributes baseAttributes) {
        List<Violation> errors = new ArrayList<>();
        CiType type = null;
        if (blank(d.type())) {
            errors.add(new Violation("type", "required", "Le type est obligatoire"));
        } else {
            type = CiType.parse(d.type()).orElse(null);
            if (type == null) {
                errors.add(new Violation("type", "invalid", "Type inconnu : " + d.type()));
            }
        }
        String tag = null;
        if (blank(d.assetTag())) {
            errors.add(new Violation("assetTag", "required", "Le numéro d'inventaire est obligatoire"));
        } else {
            tag = AssetTag.normalise(d.assetTag());
            if (tag == null) {
                errors.add(new Violation("assetTag", "invalid",
                        "Numéro d'inventaire : 2 à 32 lettres, chiffres ou - _ . /"));
            }
        }
        String serial = SerialNumber.normalise(d.serialNumber());
        if (serial != null && !SerialNumber.isWellFormed(serial)) {
            errors.add(new Violation("serialNumber", "invalid",
                    "Numéro de série : au plus 64 lettres, chiffres ou . _ / : + -"));
        } else if (SerialNumber.isPlaceholder(serial)) {
            errors.add(new Violation("serialNumber", "placeholder",
                    "« " + d.serialNumber().strip() + " » n'est pas un numéro de série"));
        }
        String manufacturer = Manufacturers.canonical(d.manufacturer());
        if (manufacturer == null) {
            errors.add(new Violation("manufacturer", "required", "Le fabricant est obligatoire"));
        } else {
            tooLong("manufacturer", manufacturer, MANUFACTURER_MAX, errors);
        }
        String model = trim(d.model());
        tooLong("model", model, MODEL_MAX, errors);
        CiStatus status = null;
        if (blank(d.status())) {
            errors.add(new Violation("status", "required", "Le statut est obligatoire"));
        } else {
            status = CiStatus.parse(d.status()).orElse(null);
            if (status == null) {
                errors.add(new Violation("status", "invalid",
                        "Statut attendu : IN_STOCK, IN_SERVICE, UNDER_REPAIR, LENT ou RETIRED"));
            }
        }
        String commune = trim(d.communeCode());
        if (commune == null) {
            errors.add(new Violation("commune", "required", "L'entité propriétaire est obligatoire"));
        } else if (!CommuneCode.isValid(commune)) {
            errors.add(new Violation("commune", "invalid", "Code INSEE (ou SIREN de la Métropole) invalide"));
        }
        if (status == CiStatus.LENT && d.personId() == null) {
            errors.add(new Violation("person", "required", "Un matériel prêté l'est à un agent"));
        }
        LocalDate acquired = date("acquisitionDate", d.acquisitionDate(), errors);
        LocalDate warranty = date("warrantyEnd", d.warrantyEnd(), errors);
        if (acquired != null && warranty != null && warranty.isBefore(acquired)) {
            errors.add(new Violation("warrantyEnd", "before_acquisition",
                    "La fin de garantie précède la date d'acquisition"));
        }
        String supplier = trim(d.supplier());
        tooLong("supplier", supplier, SUPPLIER_MAX, errors);
        String reference = trim(d.purchaseReference());
        tooLong("purchaseReference", reference, PURCHASE_REFERENCE_MAX, errors);
        String notes = d.notes() == null || d.notes().isBlank() ? null : d.notes().strip();
        tooLong("notes", notes, NOTES_MAX, errors);
        CiAttributes attributes = type == null ? CiAttributes.empty()
                : baseAttributes.with(type, d.attributes(), errors);
        if (!errors.isEmpty()) {
            throw CiRuleViolation.invalid(errors);
        }
        return new CiDetails(type, tag, serial, manufacturer, model, status, commune, d.siteId(), d.personId(),
                acquired, warranty, supplier, reference, notes, attributes);
    }

    /** The same details as a draft (to apply a partial change over them). */
    public CiDraft toDraft() {
        return new CiDraft(type.name(), assetTag, serialNumber, manufacturer, model, status.name(), communeCode,
                siteId, personId, acquisitionDate == null ? null : acquisitionDate.toString(),
                warrantyEnd == null ? null : warrantyEnd.toString(), supplier, purchaseReference, notes, null);
    }

    /** The fields that differ from {@code next}, with the attributes key by key. */
    public List<FieldChange> changesTo(CiDetails next) {
        List<FieldChange> changes = new ArrayList<>();
        diff(changes, "type", type, next.type);
        diff(changes, "assetTag", assetTag, next.assetTag);
        diff(changes, "serialNumber", serialNumber, next.serialNumber);
        diff(changes, "manufacturer", manufacturer, next.manufacturer);
        diff(changes, "model", model, next.model);
        diff(changes, "status", status, next.status);
        diff(changes, "commune", communeCode, next.communeCode);
        diff(changes, "site", siteId, next.siteId);
        diff(changes, "person", personId, next.personId);
        diff(changes, "acquisitionDate", acquisitionDate, next.acquisitionDate);
        diff(changes, "warrantyEnd", warrantyEnd, next.warrantyEnd);
        diff(changes, "supplier", supplier, next.supplier);
        diff(changes, "purchaseReference", purchaseReference, next.purchaseReference);
        diff(changes, "notes", notes, next.notes);
        changes.addAll(attributes.changesTo(next.attributes));
        return changes;
    }

    private static void diff(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }

    private static LocalDate date(String field, String text, List<Violation> errors) {
        if (blank(text)) {
            return null;
        }
        String s = text.strip();
        try {
            return s.contains("/") ? LocalDate.parse(s, FRENCH_DATE) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            errors.add(new Violation(field, "invalid", "Date attendue (AAAA-MM-JJ ou JJ/MM/AAAA)"));
            return null;
        }
    }

    private static void tooLong(String field, String value, int max, List<Violation> errors) {
        if (value != null && value.length() > max) {
            errors.add(new Violation(field, "too_long", max + " caractères au plus"));
        }
    }

    private static String trim(String s) {
        return Texts.collapse(s);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
