package fr.proxima.itsm.ticket.infrastructure;

import java.util.Locale;

/**
 * A stable sort: one field and a direction, with the id as tie-breaker in the same direction, so paging never
 * repeats or skips a ticket while the data stands still.
 */
public record TicketSort(Field field, boolean ascending) {

    public enum Field {
        CREATED_AT("createdAt", "t.created_at"),
        UPDATED_AT("updatedAt", "t.updated_at"),
        PRIORITY("priority", "t.priority"),
        NUMBER("number", "t.number"),
        STATUS("status", "t.status"),
        /**
         * Time left on the service level: the due instant of the ticket's most pressing unmet target (its
         * projection when paused), as the clock last evaluated it; tickets without a clock last.
         */
        TIME_LEFT("timeLeft", "COALESCE((SELECT c.next_due_at FROM itsm_sla_clock c WHERE c.ticket_id = t.id),"
                + " TIMESTAMP'2999-12-31 00:00:00')");

        final String apiName;
        final String column;

        Field(String apiName, String column) {
            this.apiName = apiName;
            this.column = column;
        }

        public String apiName() {
            return apiName;
        }
    }

    public static final TicketSort NEWEST_FIRST = new TicketSort(Field.CREATED_AT, false);

    /** Parses {@code createdAt,desc} / {@code priority} / {@code number,asc}; {@code null} for an unknown field. */
    public static TicketSort parse(String text) {
        if (text == null || text.isBlank()) {
            return NEWEST_FIRST;
        }
        String[] parts = text.split(",");
        Field field = null;
        for (Field f : Field.values()) {
            if (f.apiName.equalsIgnoreCase(parts[0].trim())) {
                field = f;
            }
        }
        if (field == null || parts.length > 2) {
            return null;
        }
        String dir = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : "";
        return switch (dir) {
            case "" -> new TicketSort(field, field == Field.PRIORITY || field == Field.NUMBER
                    || field == Field.TIME_LEFT);
            case "asc" -> new TicketSort(field, true);
            case "desc" -> new TicketSort(field, false);
            default -> null;
        };
    }

    /** The API's spelling, e.g. {@code createdAt,desc}. */
    public String apiText() {
        return field.apiName + "," + (ascending ? "asc" : "desc");
    }

    String orderBy() {
        String dir = ascending ? "ASC" : "DESC";
        if (field == Field.PRIORITY) {
            return "t.priority " + dir + ", t.created_at " + dir + ", t.id " + dir;
        }
        return field.column + " " + dir + ", t.id " + dir;
    }
}
