package fr.proxima.inventory.telephony.model;

/** French phone numbers reduced to their ten digits, as the CMDB keeps mobile lines. */
public final class PhoneNumbers {
    private PhoneNumbers() {
    }

    /** {@code 06 12 34 56 78}, {@code +33 6 12 34 56 78}, {@code 0033612345678}, {@code 33612345678} → {@code 0612345678}; null when not a French number. */
    public static String digits(String raw) {
        if (raw == null) {
            return null;
        }
        String d = raw.replaceAll("[\\s.\\-()/\\u00A0]", "");
        if (d.startsWith("+33")) {
            d = "0" + d.substring(3);
        } else if (d.startsWith("0033")) {
            d = "0" + d.substring(4);
        } else if (d.startsWith("33") && d.length() == 11) {
            d = "0" + d.substring(2);
        } else if (d.length() == 9 && d.matches("[67]\\d{8}")) {
            d = "0" + d;
        }
        return d.matches("0[1-9]\\d{8}") ? d : null;
    }
}
