package fr.proxima.app.web.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer of the API as the web UI sees it: the HTTP status, the problem's stable {@code code}, its French
 * {@code detail}, and the field errors keyed by field name (so a page shows each message next to its field).
 */
public final class ApiError extends RuntimeException {
    /** The API's code for a stale version (the ticket changed since the page was loaded). */
    public static final String STALE_VERSION = "ITSM-2002";
    /** The same for a configuration item (inventory's code). */
    public static final String STALE_CI_VERSION = "INV-3002";

    private final int status;
    private final String code;
    private final Map<String, String> fieldErrors;

    public ApiError(int status, String code, String detail, Map<String, String> fieldErrors) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The French detail of the problem document (never a stack trace: the API does not send one). */
    public String detail() {
        return getMessage();
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public boolean isStale() {
        return status == 409 && (STALE_VERSION.equals(code) || STALE_CI_VERSION.equals(code));
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
