package fr.proxima.organisation.person;

import fr.proxima.organisation.internal.Text;

/**
 * The derived search columns of a person, computed here and nowhere else (the API's writes and the bulk import
 * both come through {@link #of}), and the same normalisation applied to what the CAN agent types, so that a
 * search is a prefix match on an index.
 *
 * <ul>
 *   <li>{@code searchKey}: lower-case, accent-free "last first" ("Élodie Dupré-Roux" → "dupre roux elodie");</li>
 *   <li>{@code searchKeyFirst}: the same, "first last";</li>
 *   <li>{@code phoneDigits}, {@code mobileDigits}: the number's digits in national form ("+33 5 56 12 34 56" and
 *       "05.56.12.34.56" → "0556123456"; other international numbers keep their country code).</li>
 * </ul>
 */
public record PersonKeys(String searchKey, String searchKeyFirst, String phoneDigits, String mobileDigits) {

    public static PersonKeys of(String firstName, String lastName, String phone, String mobile) {
        return new PersonKeys(nameKey(lastName, firstName), nameKey(firstName, lastName), phoneDigits(phone),
                phoneDigits(mobile));
    }

    static String nameKey(String a, String b) {
        String key = Text.fold((a == null ? "" : a) + " " + (b == null ? "" : b));
        return key.length() > 170 ? key.substring(0, 170) : key;
    }

    /** The digits of a phone number in national form, or {@code null} when it has none. */
    public static String phoneDigits(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replace("(0)", "");
        boolean plus = s.startsWith("+");
        String digits = s.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return null;
        }
        if (plus && digits.startsWith("33")) {
            digits = "0" + digits.substring(2);
        } else if (digits.startsWith("0033")) {
            digits = "0" + digits.substring(4);
        } else if (!plus && digits.startsWith("33") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits.length() > 32 ? digits.substring(0, 32) : digits;
    }
}
