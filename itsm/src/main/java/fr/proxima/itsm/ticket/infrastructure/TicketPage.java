package fr.proxima.itsm.ticket.infrastructure;

import java.util.List;

/** One page of a search: the items, the page asked for (0-based) and the number of matching tickets in scope. */
public record TicketPage<T>(List<T> items, int page, int size, long totalItems) {
    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }
}
