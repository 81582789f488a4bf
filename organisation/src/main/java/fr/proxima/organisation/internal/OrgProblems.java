package fr.proxima.organisation.internal;

import fr.proxima.organisation.ProblemException;

import java.util.List;
import java.util.Map;

/**
 * The organisation's problems and their stable codes (1xxx). Clients and tests rely on the codes, never on the
 * French wording.
 *
 * <ul>
 *   <li>ORG-1001 commune unknown (404)</li>
 *   <li>ORG-1002 team or centre unknown (404)</li>
 *   <li>ORG-1003 reserved to administrators (403)</li>
 *   <li>ORG-1004 invalid input, with field errors (400)</li>
 *   <li>ORG-1005 a commune with this code or name already exists (409)</li>
 *   <li>ORG-1006 stale version: someone changed the record meanwhile (409)</li>
 *   <li>ORG-1007 site unknown or out of scope (404)</li>
 *   <li>ORG-1008 person unknown or out of scope (404)</li>
 *   <li>ORG-1009 user unknown (404)</li>
 *   <li>ORG-1010 username already taken (409)</li>
 *   <li>ORG-1011 an administrator cannot demote or deactivate their own account (409)</li>
 *   <li>ORG-1012 the commune → centre change is not possible (409)</li>
 * </ul>
 */
public final class OrgProblems {
    public static final String COMMUNE_NOT_FOUND = "ORG-1001";
    public static final String TEAM_NOT_FOUND = "ORG-1002";
    public static final String ADMIN_ONLY = "ORG-1003";
    public static final String INVALID = "ORG-1004";
    public static final String COMMUNE_EXISTS = "ORG-1005";
    public static final String STALE_VERSION = "ORG-1006";
    public static final String SITE_NOT_FOUND = "ORG-1007";
    public static final String PERSON_NOT_FOUND = "ORG-1008";
    public static final String USER_NOT_FOUND = "ORG-1009";
    public static final String USERNAME_TAKEN = "ORG-1010";
    public static final String OWN_ACCOUNT = "ORG-1011";
    public static final String MAP_CHANGE = "ORG-1012";

    private OrgProblems() {
    }

    public static ProblemException communeNotFound() {
        return ProblemException.notFound(COMMUNE_NOT_FOUND, "Commune");
    }

    public static ProblemException teamNotFound() {
        return ProblemException.notFound(TEAM_NOT_FOUND, "Équipe");
    }

    public static ProblemException siteNotFound() {
        return ProblemException.notFound(SITE_NOT_FOUND, "Site");
    }

    public static ProblemException personNotFound() {
        return ProblemException.notFound(PERSON_NOT_FOUND, "Personne");
    }

    public static ProblemException userNotFound() {
        return ProblemException.notFound(USER_NOT_FOUND, "Utilisateur");
    }

    public static ProblemException adminOnly() {
        return ProblemException.forbidden(ADMIN_ONLY, "Action réservée aux administrateurs");
    }

    public static ProblemException stale(String what) {
        return new ProblemException(409, STALE_VERSION, "Modification concurrente",
                what + " a été modifié(e) entre-temps : rechargez puis recommencez", List.of(), Map.of());
    }

    public static ProblemException conflict(String code, String title, String detail) {
        return ProblemException.conflict(code, title, detail);
    }

    public static ProblemException invalid(List<ProblemException.FieldError> errors) {
        return ProblemException.invalid(INVALID, errors);
    }

    public static ProblemException invalid(String field, String code, String message) {
        return ProblemException.invalidField(INVALID, field, code, message);
    }
}
