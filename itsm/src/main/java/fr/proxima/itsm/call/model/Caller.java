package fr.proxima.itsm.call.model;

import java.util.regex.Pattern;

/**
 * Who called: a person known to the organisation module (by id), or, when the caller is not in the directory, a
 * name typed by the agent. A phone number (to call back) may come with either.
 */
public record Caller(Long personId, String name, String phone) {
    public static final int MAX_NAME = 160;
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .()\\-]{2,31}$");

    /** A known person of the organisation module. */
    public static Caller person(long personId, String phone) {
        return new Caller(personId, null, phone);
    }

    /** A caller who is not in the directory, known only by what they said. */
    public static Caller unknown(String name, String phone) {
        return new Caller(null, name, phone);
    }

    public boolean isKnownPerson() {
        return personId != null;
    }

    /** Normalises the free text and reports the broken rules (empty when the caller is well formed). */
    static Caller checked(Long personId, String name, String phone, Violations v) {
        String cleanName = name == null || name.isBlank() ? null : name.strip().replaceAll("\\s+", " ");
        String cleanPhone = phone == null || phone.isBlank() ? null : phone.strip();
        if (personId == null && cleanName == null) {
            v.add("caller", "caller.required", "L'appelant est une personne connue ou un nom saisi");
        }
        if (personId != null && cleanName != null) {
            v.add("caller.name", "caller.ambiguous", "Un appelant connu n'a pas de nom saisi");
        }
        if (personId != null && personId <= 0) {
            v.add("caller.personId", "caller.person.invalid", "Identifiant de personne invalide");
        }
        if (cleanName != null && cleanName.length() > MAX_NAME) {
            v.add("caller.name", "caller.name.too-long", "Nom de l'appelant trop long (" + MAX_NAME + " max.)");
        }
        if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
            v.add("caller.phone", "caller.phone.invalid", "Numéro de téléphone invalide");
        }
        return new Caller(personId, cleanName, cleanPhone);
    }
}
