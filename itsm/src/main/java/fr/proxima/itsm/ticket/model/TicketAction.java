package fr.proxima.itsm.ticket.model;

import java.util.Locale;

/** What can be done to a ticket; the names (lower case) are those of the API's transition endpoints. */
public enum TicketAction {
    EDIT, ASSIGN, TAKE, HOLD, RESUME, RESOLVE, REOPEN, CANCEL, CLOSE;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
