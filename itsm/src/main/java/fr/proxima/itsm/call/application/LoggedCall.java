package fr.proxima.itsm.call.application;

import fr.proxima.itsm.TicketRef;
import fr.proxima.itsm.call.model.Call;

/**
 * A call and, when it opened or follows up a ticket the reader may see, that ticket and its priority.
 *
 * @param replayed true when this is the answer to a retry with an idempotency key already used: the call was
 *                 logged by the first request and nothing was created now
 */
public record LoggedCall(Call call, TicketRef ticket, String ticketPriority, boolean replayed) {

    /** A call as listed: without its ticket's details. */
    public LoggedCall(Call call) {
        this(call, null, null, false);
    }

    LoggedCall asReplay() {
        return new LoggedCall(call, ticket, ticketPriority, true);
    }
}
