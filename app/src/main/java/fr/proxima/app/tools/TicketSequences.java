package fr.proxima.app.tools;

import java.util.Locale;

/**
 * The number sequences of the tickets feature, as the generator must leave them: one MariaDB SEQUENCE per type
 * and year, named like {@code TicketNumberAllocator} (itsm) names them, whose next value follows the last number generated.
 */
final class TicketSequences {

    private TicketSequences() {
    }

    /** {@code "INC-2026"} → the sequence of the incidents of 2026. */
    static String name(String prefixAndYear) {
        String[] parts = prefixAndYear.split("-");
        return "itsm_seq_" + parts[0].toLowerCase(Locale.ROOT) + "_" + parts[1];
    }

    static String createIfMissing(String name) {
        // the same definition as the tickets feature's TicketNumberAllocator, in case the year is not yet known
        return "CREATE SEQUENCE IF NOT EXISTS " + name + " START WITH 1 MINVALUE 1 INCREMENT BY 1 CACHE 100 NOCYCLE";
    }
}
