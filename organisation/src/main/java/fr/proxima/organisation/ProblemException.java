package fr.proxima.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on, rendered as {@code application/problem+json} (RFC 9457) by the app:
 * an HTTP status, a stable {@code code} (organisation 1xxx, itsm 2xxx, inventory 3xxx, scheduling 4xxx),
 * a French title for people, optional field errors and extra members (e.g. the allowed transitions).
 * Modules subclass or instantiate it for their domain errors; tests assert the code, not the text.
 */
public class ProblemException extends RuntimeException {

    /** One invalid input field. */
    public record FieldError(String field, String code, String message) {
    }

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> fieldErrors;
    private final Map<String, Object> extra;

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of(), Map.of());
    }

    public ProblemException(int status, String code, String title, String detail, List<FieldError> fieldErrors,
                            Map<String, Object> extra) {
        super(detail == null ? title : detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.extra = new LinkedHashMap<>(extra);
    }

    /** 404 for a record that does not exist or is outside the caller's scope: the two must be indistinguishable. */
    public static ProblemException notFound(String code, String what) {
        return new ProblemException(404, code, "Ressource introuvable", what + " introuvable");
    }

    public static ProblemException invalid(String code, List<FieldError> errors) {
        return new ProblemException(400, code, "Requête invalide", "Un ou plusieurs champs sont invalides",
                errors, Map.of());
    }

    public static ProblemException invalidField(String code, String field, String fieldCode, String message) {
        return invalid(code, List.of(new FieldError(field, fieldCode, message)));
    }

    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, code, "Action non autorisée", detail);
    }

    public static ProblemException conflict(String code, String title, String detail) {
        return new ProblemException(409, code, title, detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, Object> extra() {
        return extra;
    }
}
