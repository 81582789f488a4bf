package fr.proxima.inventory.ciimport.model;

import fr.proxima.inventory.ci.model.AssetTag;
import fr.proxima.inventory.ci.model.CiAttributes;
import fr.proxima.inventory.ci.model.CiDetails;
import fr.proxima.inventory.ci.model.CiDraft;
import fr.proxima.inventory.ci.model.CiRuleViolation;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.ci.model.FieldChange;
import fr.proxima.inventory.ci.model.Manufacturers;
import fr.proxima.inventory.ci.model.SerialNumber;
import fr.proxima.inventory.ci.model.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides what each line of an import does, one line at a time in file order (the same decisions in a dry run and
 * in the real run). Upsert: the CI with the line's asset tag, else the CI of the manufacturer's serial number, is
 * updated; none: a CI is created. Refused, with the reason: a line the CI rules refuse (fields, status change,
 * references), a line whose asset tag and serial number point to two different CIs, a line repeating an asset
 * tag, a serial number or a line number of an earlier line of the same file, a serial or line number another CI
 * has, a line about a CI (or giving a CI to a commune) outside the submitter's write scope. A line that changes
 * nothing is unchanged, so importing the same file twice changes nothing the second time.
 */
public final class ImportPlanner {

    /** The CIs already stored that a line may be about, found in bulk by the caller. */
    public interface Existing {
        Optional<ConfigurationItem> byAssetTag(String tag);

        Optional<ConfigurationItem> bySerial(String manufacturer, String serial);

        Optional<ConfigurationItem> byLineNumber(String line);
    }

    /** The organisation checks of a CI's references ({@code CiReferences} with the import's caches). */
    public interface References {
        List<Violation> check(CiDetails next, CiDetails previous);
    }

    /** Which communes' CIs the import may change (its submitter's write scope). */
    public interface WriteScope {
        /** Every commune. */
        WriteScope ALL = commune -> null;

        /** Why a line may not change a CI of {@code communeCode}, or null when it may. */
        String refusal(String communeCode);
    }

    private final String actor;
    private final Instant at;
    private final WriteScope writeScope;
    private final Map<String, Long> tagsSeen = new HashMap<>();
    private final Map<String, Long> serialsSeen = new HashMap<>();
    private final Map<String, Long> linesSeen = new HashMap<>();

    public ImportPlanner(String actor, Instant at) {
        this(actor, at, WriteScope.ALL);
    }

    public ImportPlanner(String actor, Instant at, WriteScope writeScope) {
        this.actor = actor;
        this.at = at;
        this.writeScope = writeScope;
    }

    /** The asset tag a line names, in stored form (null when absent or malformed). */
    public static String assetTagOf(ImportLine line) {
        return AssetTag.normalise(line.get(ImportColumn.ASSET_TAG));
    }

    /** The (canonical manufacturer, serial) a line names, or null. */
    public static String[] serialOf(ImportLine line) {
        String serial = SerialNumber.normalise(line.get(ImportColumn.SERIAL_NUMBER));
        String maker = Manufacturers.canonical(line.get(ImportColumn.MANUFACTURER));
        return serial == null || maker == null ? null : new String[]{maker, serial};
    }

    public LinePlan plan(ImportLine line, Existing existing, References references) {
        return plan(line, existing, references, ImportLine.Names.NONE);
    }

    /** The plan of a line whose site and agent cells may name them (see {@link ImportLine.Names}). */
    public LinePlan plan(ImportLine line, Existing existing, References references, ImportLine.Names names) {
        long n = line.number();
        String tag = assetTagOf(line);
        String[] serial = serialOf(line);
        Optional<ConfigurationItem> byTag = tag == null ? Optional.empty() : existing.byAssetTag(tag);
        Optional<ConfigurationItem> bySerial = serial == null || !line.has(ImportColumn.SERIAL_NUMBER) ? Optional.empty()
                : existing.bySerial(serial[0], serial[1]);
        if (byTag.isPresent() && bySerial.isPresent() && !byTag.get().id().equals(bySerial.get().id())) {
            return LinePlan.rejected(n, tag, "Le numéro d'inventaire désigne le matériel "
                    + byTag.get().details().assetTag() + " et le numéro de série un autre ("
                    + bySerial.get().details().assetTag() + ")");
        }
        ConfigurationItem current = byTag.or(() -> bySerial).orElse(null);
        String refusal = current == null ? null : writeScope.refusal(current.communeCode());
        if (refusal != null) {
            return LinePlan.rejected(n, tag, refusal);
        }
        List<Violation> errors = new ArrayList<>();
        CiDraft draft = line.draft(current == null ? null : current.details(), names, errors);
        CiDetails next;
        try {
            next = CiDetails.from(draft, current == null ? CiAttributes.empty() : current.details().attributes());
        } catch (CiRuleViolation v) {
            errors.addAll(v.violations());
            next = null;
        }
        if (next != null) {
            errors.addAll(references.check(next, current == null ? null : current.details()));
        }
        if (!errors.isEmpty()) {
            return LinePlan.rejected(n, tag, describe(errors));
        }
        if (current == null || !current.communeCode().equals(next.communeCode())) {
            refusal = writeScope.refusal(next.communeCode());
            if (refusal != null) {
                return LinePlan.rejected(n, next.assetTag(), refusal);
            }
        }
        String reason = duplicateInFile(n, next);
        if (reason == null) {
            reason = takenElsewhere(next, current, existing);
        }
        if (reason != null) {
            return LinePlan.rejected(n, next.assetTag(), reason);
        }
        remember(n, next);
        if (current == null) {
            ConfigurationItem created = ConfigurationItem.create(next, actor, at);
            return new LinePlan(n, LineOutcome.CREATED, next.assetTag(), created, created.changes(), null);
        }
        ConfigurationItem copy = new ConfigurationItem(current.id(), current.version(), current.details(),
                current.lastAgentReportAt(), current.createdBy(), current.createdAt(), current.updatedAt());
        List<FieldChange> changes;
        try {
            changes = copy.change(next, at);
        } catch (CiRuleViolation v) {
            return LinePlan.rejected(n, next.assetTag(), v.getMessage());
        }
        return changes.isEmpty()
                ? new LinePlan(n, LineOutcome.UNCHANGED, next.assetTag(), current, List.of(), null)
                : new LinePlan(n, LineOutcome.UPDATED, next.assetTag(), copy, changes, null);
    }

    private String duplicateInFile(long n, CiDetails next) {
        Long earlier = tagsSeen.get(next.assetTag());
        if (earlier != null) {
            return "Même numéro d'inventaire qu'à la ligne " + earlier;
        }
        if (next.serialNumber() != null) {
            earlier = serialsSeen.get(next.manufacturer() + "\u0000" + next.serialNumber());
            if (earlier != null) {
                return "Même fabricant et numéro de série qu'à la ligne " + earlier;
            }
        }
        String lineNumber = next.attributes().text("lineNumber");
        if (lineNumber != null) {
            earlier = linesSeen.get(lineNumber);
            if (earlier != null) {
                return "Même numéro de ligne téléphonique qu'à la ligne " + earlier;
            }
        }
        return null;
    }

    private static String takenElsewhere(CiDetails next, ConfigurationItem current, Existing existing) {
        Long self = current == null ? null : current.id();
        if (next.serialNumber() != null) {
            Optional<ConfigurationItem> other = existing.bySerial(next.manufacturer(), next.serialNumber());
            if (other.isPresent() && !other.get().id().equals(self)) {
                return "Ce numéro de série est déjà celui du matériel " + other.get().details().assetTag();
            }
        }
        String lineNumber = next.attributes().text("lineNumber");
        if (lineNumber != null) {
            Optional<ConfigurationItem> other = existing.byLineNumber(lineNumber);
            if (other.isPresent() && !other.get().id().equals(self)) {
                return "Ce numéro de ligne est déjà sur le matériel " + other.get().details().assetTag();
            }
        }
        return null;
    }

    private void remember(long n, CiDetails next) {
        tagsSeen.put(next.assetTag(), n);
        if (next.serialNumber() != null) {
            serialsSeen.put(next.manufacturer() + "\u0000" + next.serialNumber(), n);
        }
        String lineNumber = next.attributes().text("lineNumber");
        if (lineNumber != null) {
            linesSeen.put(lineNumber, n);
        }
    }

    private static String describe(List<Violation> errors) {
        Function<Violation, String> one = v -> label(v.field()) + " : " + v.message();
        String all = String.join(" ; ", errors.stream().map(one).toList());
        return all.length() > 1000 ? all.substring(0, 999) + "…" : all;
    }

    private static String label(String field) {
        for (ImportColumn c : ImportColumn.values()) {
            if (c.apiName().equals(field)) {
                return c.header();
            }
        }
        return field.startsWith("attributes.") ? "Attribut " + field.substring("attributes.".length()) : field;
    }
}
