package fr.proxima.app.web.ui;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

import java.util.HashMap;
import java.util.Map;

/**
 * A change the API refused, as a page shows it: a stale version as a banner offering to reload, field errors next
 * to their fields (keyed {@code <form>.<field>}), a 403 or another refusal as a notice with the API's words. A 404
 * is not a refusal to show on the page: it is thrown, and becomes the 404 page (the record is out of scope).
 */
public record Refusal(HttpStatus status, Map<String, Object> notices, Map<String, String> errors, String stale) {

    /**
     * @param what the record, as the stale banner names it ({@code "ce ticket"}, {@code "ce matériel"})
     * @param form the prefix of the form's field errors
     * @param forbidden what a 403 says before the API's detail ({@code null}: the API's detail alone)
     */
    public static Refusal of(ApiError e, String what, String form, @Nullable String forbidden) {
        if (e.isNotFound()) {
            throw e;
        }
        Map<String, Object> notices = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        String stale = null;
        if (e.isStale()) {
            stale = "Quelqu'un d'autre a modifié " + what + " pendant que vous le consultiez ; votre modification n'a "
                    + "pas été enregistrée.";
        } else if (!e.fieldErrors().isEmpty()) {
            e.fieldErrors().forEach((field, message) -> errors.put(form + "." + field, message));
            notices.put("error", "La modification n'a pas été enregistrée : corrigez le champ signalé.");
        } else if (e.status() == 403) {
            String detail = e.detail() == null ? "Vous n'êtes pas autorisé à faire cela." : e.detail();
            notices.put("error", forbidden == null ? detail
                    : forbidden + (e.detail() == null ? "." : " : " + e.detail()));
        } else {
            notices.put("error", e.detail() == null ? "La modification n'a pas été enregistrée." : e.detail());
        }
        return new Refusal(HttpStatus.valueOf(e.status() >= 500 ? 500 : e.status()), notices, errors, stale);
    }
}
