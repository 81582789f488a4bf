package fr.proxima.inventory.ci.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One type-specific attribute: its key (API and JSON name), its French label, its kind and bounds.
 * {@link #normalise(Object)} turns what a client, a CSV file or an agent sent into the one stored form, so that the
 * same value always compares equal (a re-import changes nothing) and the database's generated columns (host name,
 * line number) index a canonical text.
 */
public record AttributeSpec(String key, String label, AttributeKind kind, long min, long max, List<String> choices) {

    private static final Pattern HOSTNAME = Pattern.compile(
            "^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$");
    private static final Pattern IPV4 = Pattern.compile(
            "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9a-f:]{2,39}$");
    private static final Pattern MAC = Pattern.compile("^[0-9A-F]{12}$");
    private static final Pattern FRENCH_NUMBER = Pattern.compile("0[1-9]\\d{8}");
    private static final Pattern FIFTEEN_DIGITS = Pattern.compile("\\d{15}");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** The value was refused; the message is French, for people. */
    public static final class InvalidValue extends Exception {
        private final String code;

        InvalidValue(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public AttributeSpec {
        choices = List.copyOf(choices);
    }

    public static AttributeSpec text(String key, String label, int maxLength) {
        return new AttributeSpec(key, label, AttributeKind.TEXT, 1, maxLength, List.of());
    }

    public static AttributeSpec integer(String key, String label, long min, long max) {
        return new AttributeSpec(key, label, AttributeKind.INTEGER, min, max, List.of());
    }

    /** A decimal between {@code min} and {@code max} (whole bounds), at most one decimal place kept. */
    public static AttributeSpec decimal(String key, String label, long min, long max) {
        return new AttributeSpec(key, label, AttributeKind.DECIMAL, min, max, List.of());
    }

    public static AttributeSpec bool(String key, String label) {
        return new AttributeSpec(key, label, AttributeKind.BOOLEAN, 0, 0, List.of());
    }

    public static AttributeSpec date(String key, String label) {
        return new AttributeSpec(key, label, AttributeKind.DATE, 0, 0, List.of());
    }

    public static AttributeSpec choice(String key, String label, String... choices) {
        return new AttributeSpec(key, label, AttributeKind.CHOICE, 0, 0, List.of(choices));
    }

    public static AttributeSpec of(String key, String label, AttributeKind kind) {
        return new AttributeSpec(key, label, kind, 0, 0, List.of());
    }

    /**
     * The stored form of {@code raw}: a {@link String}, {@link Long}, {@link BigDecimal} or {@link Boolean};
     * {@code null} for an absent value (null or blank).
     */
    public Object normalise(Object raw) throws InvalidValue {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return null;
        }
        return switch (kind) {
            case TEXT -> {
                String s = Texts.collapse(text(raw));
                if (s.length() > max) {
                    throw new InvalidValue("too_long", label + " : " + max + " caractères au plus");
                }
                yield s;
            }
            case INTEGER -> {
                long v = integerOf(raw);
                if (v < min || v > max) {
                    throw new InvalidValue("out_of_range", label + " : entre " + min + " et " + max);
                }
                yield v;
            }
            case DECIMAL -> {
                BigDecimal v = decimalOf(raw).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
                if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
                    throw new InvalidValue("out_of_range", label + " : entre " + min + " et " + max);
                }
                yield v.scale() < 0 ? v.setScale(0) : v;
            }
            case BOOLEAN -> booleanOf(raw);
            case DATE -> dateOf(raw).toString();
            case CHOICE -> {
                String s = text(raw).strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
                if (!choices.contains(s)) {
                    throw new InvalidValue("invalid", label + " : valeurs possibles " + String.join(", ", choices));
                }
                yield s;
            }
            case HOSTNAME -> {
                String s = text(raw).strip().toLowerCase(Locale.ROOT);
                if (!HOSTNAME.matcher(s).matches()) {
                    throw new InvalidValue("invalid", label + " : nom d'hôte invalide");
                }
                yield s;
            }
            case IP_ADDRESS -> {
                String s = text(raw).strip().toLowerCase(Locale.ROOT);
                if (!IPV4.matcher(s).matches() && !(s.contains(":") && IPV6.matcher(s).matches())) {
                    throw new InvalidValue("invalid", label + " : adresse IP invalide");
                }
                yield s;
            }
            case MAC_ADDRESS -> {
                String hex = Texts.without(text(raw).strip().toUpperCase(Locale.ROOT), ":.-");
                if (!MAC.matcher(hex).matches()) {
                    throw new InvalidValue("invalid", label + " : adresse MAC invalide");
                }
                yield String.join(":", hex.substring(0, 2), hex.substring(2, 4), hex.substring(4, 6),
                        hex.substring(6, 8), hex.substring(8, 10), hex.substring(10, 12));
            }
            case PHONE -> phoneOf(raw);
            case IMEI -> {
                String digits = Texts.without(text(raw), " -");
                if (!FIFTEEN_DIGITS.matcher(digits).matches() || !luhn(digits)) {
                    throw new InvalidValue("invalid", label + " : IMEI invalide (15 chiffres, clé de Luhn)");
                }
                yield digits;
            }
        };
    }

    /** Ten digits of a French number: {@code 06 12 34 56 78}, {@code +33 6 12 34 56 78}, {@code 0033612345678}. */
    public static String phoneDigits(String raw) {
        String d = raw == null ? "" : Texts.without(raw, " .-()/");
        if (d.startsWith("+33")) {
            d = "0" + d.substring(3);
        } else if (d.startsWith("0033")) {
            d = "0" + d.substring(4);
        }
        return FRENCH_NUMBER.matcher(d).matches() ? d : null;
    }

    private String phoneOf(Object raw) throws InvalidValue {
        String d = phoneDigits(text(raw));
        if (d == null) {
            throw new InvalidValue("invalid", label + " : numéro français à 10 chiffres attendu");
        }
        return d;
    }

    private static String text(Object raw) {
        return raw.toString();
    }

    private long integerOf(Object raw) throws InvalidValue {
        if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        }
        try {
            BigDecimal d = raw instanceof Number n ? new BigDecimal(n.toString())
                    : new BigDecimal(Texts.without(text(raw), " \u00a0\u202f"));
            return d.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidValue("invalid", label + " : nombre entier attendu");
        }
    }

    private BigDecimal decimalOf(Object raw) throws InvalidValue {
        try {
            return new BigDecimal(raw instanceof Number n ? n.toString() : text(raw).strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidValue("invalid", label + " : nombre attendu");
        }
    }

    private Boolean booleanOf(Object raw) throws InvalidValue {
        if (raw instanceof Boolean b) {
            return b;
        }
        return switch (text(raw).strip().toLowerCase(Locale.ROOT)) {
            case "true", "oui", "o", "yes", "1", "vrai" -> Boolean.TRUE;
            case "false", "non", "n", "no", "0", "faux" -> Boolean.FALSE;
            default -> throw new InvalidValue("invalid", label + " : oui ou non attendu");
        };
    }

    private LocalDate dateOf(Object raw) throws InvalidValue {
        String s = text(raw).strip();
        try {
            return s.contains("/") ? LocalDate.parse(s, FRENCH_DATE) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new InvalidValue("invalid", label + " : date attendue (JJ/MM/AAAA ou AAAA-MM-JJ)");
        }
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
