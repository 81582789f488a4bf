package fr.proxima.itsm.call.application;

import fr.proxima.itsm.TicketRef;
import fr.proxima.itsm.call.model.Call;

/** A call and, when it opened or follows up a ticket the reader may see, that ticket. */
public record LoggedCall(Call call, TicketRef ticket) {
}
