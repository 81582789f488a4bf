package fr.proxima.app.web.ui.parc;

import fr.proxima.app.web.ui.ApiClient;
import fr.proxima.app.web.ui.Query;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agent typed in a form field by name, e-mail, phone or number ({@code 1234}, or a name shown as
 * {@code Jeanne Martin (n° 1234)}; a number starting with 0 is a phone number), found through the people search of
 * the API in the user's scope. The lists of agents are too long for a drop-down (thousands in a commune), so the
 * field is text and an ambiguous name comes back with the candidates to pick from.
 */
final class PersonLookup {
    static final int CANDIDATES = 8;
    private static final Pattern NUMBER = Pattern.compile("^(?:.*\\(\\s*)?(?:n°\\s*)?(\\d{1,18})\\s*\\)?$");

    private PersonLookup() {
    }

    /** What a text names: one agent ({@code id}), several ({@code candidates}) or none ({@code error}). */
    record Result(@Nullable Long id, List<Map<String, Object>> candidates, @Nullable String error) {
        boolean found() {
            return id != null;
        }
    }

    /** How a person is shown in a field, so that submitting it again names the same person. */
    static String shown(@Nullable Object name, @Nullable Object id) {
        if (id == null) {
            return "";
        }
        return name == null ? id.toString() : name + " (n° " + id + ")";
    }

    @SuppressWarnings("unchecked")
    static Result find(ApiClient.User api, String text, @Nullable String commune) {
        String t = text.strip();
        Matcher m = NUMBER.matcher(t);
        boolean phone = t.matches("0\\d{8,}");
        if (m.matches() && !phone) {
            return new Result(Long.valueOf(m.group(1)), List.of(), null);
        }
        if (t.length() < 2 || t.length() > 100) {
            return new Result(null, List.of(), "Saisissez au moins deux caractères du nom, ou le n° de l'agent.");
        }
        List<Map<String, Object>> items = (List<Map<String, Object>>) api.get(Query.of("q", t, "commune", commune,
                "size", CANDIDATES).path("/api/people")).get("items");
        if (items.size() == 1) {
            return new Result(((Number) items.get(0).get("id")).longValue(), List.of(), null);
        }
        if (items.isEmpty()) {
            return new Result(null, List.of(), "Aucun agent ne correspond à « " + t + " ».");
        }
        return new Result(null, items, "Plusieurs agents correspondent à « " + t + " » : choisissez-en un.");
    }
}
