package fr.proxima.itsm.ticket.application;

import fr.proxima.itsm.TicketOpened;
import fr.proxima.itsm.TicketPriorityChanged;
import fr.proxima.itsm.TicketReassigned;
import fr.proxima.itsm.TicketStatusChanged;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the ticket events published during a test. */
@Singleton
public class RecordedEvents {
    private final List<Object> events = Collections.synchronizedList(new ArrayList<>());

    @EventListener
    void on(TicketOpened e) {
        events.add(e);
    }

    @EventListener
    void on(TicketStatusChanged e) {
        events.add(e);
    }

    @EventListener
    void on(TicketReassigned e) {
        events.add(e);
    }

    @EventListener
    void on(TicketPriorityChanged e) {
        events.add(e);
    }

    public <T> List<T> of(Class<T> type, long ticketId) {
        synchronized (events) {
            return events.stream().filter(type::isInstance).map(type::cast)
                    .filter(e -> idOf(e) == ticketId).toList();
        }
    }

    private static long idOf(Object e) {
        if (e instanceof TicketOpened o) {
            return o.ticketId();
        }
        if (e instanceof TicketStatusChanged s) {
            return s.ticketId();
        }
        if (e instanceof TicketReassigned r) {
            return r.ticketId();
        }
        return ((TicketPriorityChanged) e).ticketId();
    }
}
