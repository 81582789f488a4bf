package fr.proxima.organisation.person;

import fr.proxima.organisation.internal.Text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the CAN agent typed, read as one of: a phone number (digits in any formatting, {@code +33} or {@code 0},
 * matched as a prefix of the number), an e-mail prefix (it holds an {@code @}), or a name prefix in either order
 * (accents and case ignored), which also matches e-mail prefixes ("jean.dup" finds jean.dupont@...).
 */
record PersonQuery(Kind kind, String namePattern, String digitsPattern, String emailPattern) {

    enum Kind { ALL, NAME, PHONE, EMAIL, NOTHING }

    private static final Pattern PHONE = Pattern.compile("^\\+?\\d{2,}$");
    private static final Pattern PHONE_FORMATTING = Pattern.compile("[\\s.\\-()/]");

    static PersonQuery parse(String q) {
        String text = Text.trimToNull(q);
        if (text == null) {
            return new PersonQuery(Kind.ALL, null, null, null);
        }
        String compact = PHONE_FORMATTING.matcher(text).replaceAll("");
        if (PHONE.matcher(compact).matches()) {
            String digits = PersonKeys.phoneDigits(compact);
            if (compact.startsWith("+33") || compact.startsWith("0033")) {
                digits = "0" + compact.substring(compact.startsWith("+") ? 3 : 4);
            }
            return new PersonQuery(Kind.PHONE, null, Text.likePrefix(digits), null);
        }
        String email = Text.likePrefix(text.toLowerCase(Locale.ROOT));
        if (text.contains("@")) {
            return new PersonQuery(Kind.EMAIL, null, null, email);
        }
        String key = Text.fold(text);
        if (key.isEmpty()) {
            return new PersonQuery(Kind.NOTHING, null, null, null);
        }
        return new PersonQuery(Kind.NAME, Text.likePrefix(key), null, email);
    }
}
