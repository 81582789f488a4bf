package fr.proxima.inventory.internal;

import fr.proxima.organisation.ProblemException;

import java.util.List;
import java.util.Map;

/**
 * The problem documents of the inventory module and their stable codes. The configuration database uses
 * {@code INV-30xx} (listed in {@code docs/inventory.md}); the stock, agents and telephony use {@code INV-31xx} and
 * above.
 */
public final class InvProblems {
    /** Invalid input (field errors). */
    public static final String INVALID = "INV-3001";
    /** The version sent by the client is not the current one. */
    public static final String STALE_VERSION = "INV-3002";
    /** The caller's role may not do this. */
    public static final String FORBIDDEN = "INV-3003";
    /** No such CI, or not in the caller's scope. */
    public static final String CI_NOT_FOUND = "INV-3004";
    /** The asset tag is another CI's. */
    public static final String ASSET_TAG_TAKEN = "INV-3005";
    /** The manufacturer's serial number is another CI's. */
    public static final String SERIAL_TAKEN = "INV-3006";
    /** The mobile line number is on another CI. */
    public static final String LINE_TAKEN = "INV-3007";
    /** Another CI carries the inventory agent's device id. */
    public static final String AGENT_DEVICE_TAKEN = "INV-3008";
    /** No such person, or not in the caller's scope. */
    public static final String PERSON_NOT_FOUND = "INV-3009";
    /** No such relation on this CI. */
    public static final String RELATION_NOT_FOUND = "INV-3024";
    /** No such software in the catalogue. */
    public static final String SOFTWARE_NOT_FOUND = "INV-3030";
    /** The catalogue already has this software (same match key). */
    public static final String SOFTWARE_EXISTS = "INV-3031";
    /** No such installed software on this CI. */
    public static final String INSTALLED_NOT_FOUND = "INV-3033";
    /** An agent reported a machine that belongs to another commune. */
    public static final String OTHER_COMMUNE = "INV-3040";
    /** The import file cannot be read (encoding, header, size). */
    public static final String IMPORT_FILE_INVALID = "INV-3050";
    /** No such import, or not the caller's. */
    public static final String IMPORT_NOT_FOUND = "INV-3054";
    /** The import cannot be applied (not a finished dry run, or already applied). */
    public static final String IMPORT_NOT_APPLICABLE = "INV-3055";
    /** The ticket is not linked to this CI. */
    public static final String TICKET_LINK_NOT_FOUND = "INV-3064";
    /** An idempotency key reused for another request. */
    public static final String KEY_REUSED = "INV-3090";
    /** A malformed idempotency key. */
    public static final String KEY_INVALID = "INV-3091";

    private InvProblems() {
    }

    public static ProblemException ciNotFound() {
        return ProblemException.notFound(CI_NOT_FOUND, "Élément de configuration");
    }

    public static ProblemException forbidden(String detail) {
        return ProblemException.forbidden(FORBIDDEN, detail);
    }

    public static ProblemException invalid(String field, String code, String message) {
        return ProblemException.invalidField(INVALID, field, code, message);
    }

    public static ProblemException stale(String what, long currentVersion) {
        return new ProblemException(409, STALE_VERSION, "Version périmée",
                what + " a été modifié entre-temps ; rechargez-le avant de recommencer", List.of(),
                Map.of("currentVersion", currentVersion));
    }

    public static ProblemException staleConcurrent(String what) {
        return ProblemException.conflict(STALE_VERSION, "Version périmée",
                what + " a été modifié entre-temps ; rechargez-le avant de recommencer");
    }

    public static ProblemException conflict(String code, String title, String detail, Map<String, Object> extra) {
        return new ProblemException(409, code, title, detail, List.of(), extra);
    }
}
