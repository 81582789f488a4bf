package fr.proxima.itsm.ticket.infrastructure;

import java.util.List;

/**
 * One page of a search: the items, the page asked for (0-based), the number of matching tickets in scope and the
 * sort applied. A text search counts at most a little beyond the page asked for ({@link TicketReader}): when there
 * are more, {@code totalItems} is that bound and {@code totalIsLowerBound} is true ("1,000 or more").
 */
public record TicketPage<T>(List<T> items, int page, int size, long totalItems, boolean totalIsLowerBound,
                            TicketSort sort) {
    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }
}
