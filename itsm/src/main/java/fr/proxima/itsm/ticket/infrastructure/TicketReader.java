package fr.proxima.itsm.ticket.infrastructure;

import fr.proxima.itsm.ticket.model.Ticket;
import fr.proxima.organisation.AccessScope;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The single scoped query layer of tickets: every public method takes the caller's {@link AccessScope} and every
 * query filters on its commune ({@link AccessScope#communeFilter()}), so a ticket outside the scope is exactly as
 * invisible as one that does not exist (no data, no count). An ArchUnit test checks that every public method takes
 * an {@code AccessScope}.
 */
@Singleton
@Connectable
public class TicketReader {
    public static final int MAX_PAGE_SIZE = 200;

    private final TicketRowRepository tickets;
    private final TicketHistoryRepository history;
    private final JdbcOperations jdbc;

    TicketReader(TicketRowRepository tickets, TicketHistoryRepository history, JdbcOperations jdbc) {
        this.tickets = tickets;
        this.history = history;
        this.jdbc = jdbc;
    }

    /** The ticket if it exists and the scope reads it. */
    public Optional<Ticket> find(long id, AccessScope scope) {
        return tickets.findScoped(id, scope.communeFilter()).map(TicketMapping::toTicket);
    }

    /** The ticket with this number if it exists and the scope reads it. */
    public Optional<Ticket> findByNumber(String number, AccessScope scope) {
        return tickets.findScopedByNumber(number, scope.communeFilter()).map(TicketMapping::toTicket);
    }

    /** The history of a ticket the scope reads (oldest first), or empty when it may not read the ticket. */
    public Optional<List<HistoryEntry>> history(long ticketId, AccessScope scope) {
        if (tickets.findScoped(ticketId, scope.communeFilter()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(history.findHistory(ticketId).stream()
                .map(h -> new HistoryEntry(h.id(), h.at(), h.actor(), h.field(), h.oldValue(), h.newValue()))
                .toList());
    }

    /** One page (0-based) of the tickets matching the criteria within the scope, with the count in scope. */
    public TicketPage<Ticket> search(TicketCriteria criteria, TicketSort sort, int page, int size,
                                     AccessScope scope) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page >= 0 and 1 <= size <= " + MAX_PAGE_SIZE);
        }
        TicketSearchSql sql = TicketSearchSql.of(criteria, scope.communeFilter());
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM itsm_ticket t" + sql.where, ps -> {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<Ticket> items = total == 0 || (long) page * size >= total ? List.of()
                : jdbc.prepareStatement("SELECT t.* FROM itsm_ticket t" + sql.where
                + " ORDER BY " + Objects.requireNonNull(sort).orderBy() + " LIMIT ? OFFSET ?", ps -> {
                    int i = sql.bind(ps);
                    ps.setInt(i++, size);
                    ps.setLong(i, (long) page * size);
                    try (ResultSet rs = ps.executeQuery()) {
                        return jdbc.entityStream(rs, TicketRow.class).map(TicketMapping::toTicket).toList();
                    }
                });
        return new TicketPage<>(items, page, size, total);
    }

    /**
     * Streams up to {@code limit} tickets matching the criteria within the scope, in the sort order (for exports);
     * returns how many were passed to the consumer.
     */
    public int forEach(TicketCriteria criteria, TicketSort sort, int limit, AccessScope scope,
                       Consumer<Ticket> consumer) {
        TicketSearchSql sql = TicketSearchSql.of(criteria, scope.communeFilter());
        return jdbc.prepareStatement("SELECT t.* FROM itsm_ticket t" + sql.where + " ORDER BY " + sort.orderBy()
                + " LIMIT ?", ps -> {
            int i = sql.bind(ps);
            ps.setInt(i, limit);
            ps.setFetchSize(500);
            int n = 0;
            try (ResultSet rs = ps.executeQuery(); Stream<TicketRow> rows = jdbc.entityStream(rs, TicketRow.class)) {
                Iterator<TicketRow> it = rows.iterator();
                while (it.hasNext()) {
                    consumer.accept(TicketMapping.toTicket(it.next()));
                    n++;
                }
            }
            return n;
        });
    }

    /**
     * RESOLVED tickets within the scope resolved no later than {@code resolvedNoLaterThan}, after the
     * keyset position ({@code afterResolvedAt}, {@code afterId}), oldest resolution first (the auto-close job).
     */
    public List<Ticket> resolved(Instant resolvedNoLaterThan, Instant afterResolvedAt, long afterId, int limit,
                                 AccessScope scope) {
        return tickets.findResolved(resolvedNoLaterThan, afterResolvedAt, afterId, scope.communeFilter(), limit)
                .stream().map(TicketMapping::toTicket).toList();
    }
}
