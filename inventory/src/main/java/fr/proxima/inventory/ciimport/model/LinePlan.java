package fr.proxima.inventory.ciimport.model;

import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.ci.model.FieldChange;

import java.util.List;

/**
 * The decision for one line: the outcome, the CI to insert or the changed CI to store (with its changed fields),
 * or the reason of a refusal (French, for the report).
 */
public record LinePlan(long line, LineOutcome outcome, String assetTag, ConfigurationItem ci,
                       List<FieldChange> changes, String reason) {

    public static LinePlan rejected(long line, String assetTag, String reason) {
        return new LinePlan(line, LineOutcome.REJECTED, assetTag, null, List.of(), reason);
    }

    /** A one-line summary of the changed fields, for the dry-run report ("status, site, attributes.ramMb"). */
    public String changedFields() {
        return String.join(", ", changes.stream().map(FieldChange::field).toList());
    }
}
