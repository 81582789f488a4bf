package fr.proxima.itsm.call.application;

import fr.proxima.itsm.TicketRef;
import fr.proxima.itsm.call.model.Call;

/**
 * A call and, when it opened or follows up a ticket the reader may see, that ticket.
 *
 * @param replayed true when this is the answer to a retry with an idempotency key already used: the call was
 *                 logged by the first request and nothing was created now
 */
public record LoggedCall(Call call, TicketRef ticket, boolean replayed) {

    public LoggedCall(Call call, TicketRef ticket) {
        this(call, ticket, false);
    }

    LoggedCall asReplay() {
        return new LoggedCall(call, ticket, true);
    }
}
