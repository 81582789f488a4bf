package fr.proxima.itsm.ticket.infrastructure;

import fr.proxima.itsm.ticket.model.SearchTerms.QueryTerm;
import fr.proxima.itsm.ticket.model.Ticket;
import fr.proxima.organisation.AccessScope;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
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
    /** A text search counts up to this many matches (then says "at least"), or up to the page asked for. */
    public static final int COUNT_CAP = 1_000;

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

    /**
     * One page (0-based) of the tickets matching the criteria within the scope, with the count in scope. A text
     * search ({@code q} with searchable words) is sorted by creation time and counts at most
     * {@code max(COUNT_CAP, (page + 1) * size) + 1} matches: beyond, the page reports that bound as a lower bound
     * (counting every match of a common word would cost more than the page itself).
     */
    public TicketPage<Ticket> search(TicketCriteria criteria, TicketSort sort, int page, int size,
                                     AccessScope scope) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page >= 0 and 1 <= size <= " + MAX_PAGE_SIZE);
        }
        TicketSearchSql sql = sql(criteria, scope);
        long offset = (long) page * size;
        long cap = sql.byTerms ? Math.max(COUNT_CAP, offset + size) : Long.MAX_VALUE;
        long counted = jdbc.prepareStatement(sql.countSql(), ps -> {
            sql.bindCount(ps, sql.byTerms ? cap + 1 : 0);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        boolean lowerBound = counted > cap;
        long total = lowerBound ? cap : counted;
        List<Ticket> items = total == 0 || offset >= total ? List.of()
                : jdbc.prepareStatement(sql.pageSql(Objects.requireNonNull(sort)), ps -> {
                    sql.bindPage(ps, size, offset);
                    try (ResultSet rs = ps.executeQuery()) {
                        return jdbc.entityStream(rs, TicketRow.class).map(TicketMapping::toTicket).toList();
                    }
                });
        return new TicketPage<>(items, page, size, total, lowerBound, sql.effectiveSort(sort));
    }

    /**
     * Streams up to {@code limit} tickets matching the criteria within the scope, in the sort order (for exports;
     * a text search in creation order); returns how many were passed to the consumer.
     */
    public int forEach(TicketCriteria criteria, TicketSort sort, int limit, AccessScope scope,
                       Consumer<Ticket> consumer) {
        TicketSearchSql sql = sql(criteria, scope);
        return jdbc.prepareStatement(sql.pageSql(sort), ps -> {
            sql.bindPage(ps, limit, 0);
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

    /** The SQL of a search in this scope, prefixes narrowed against the term index (package-private for tests). */
    TicketSearchSql sql(TicketCriteria criteria, AccessScope scope) {
        return TicketSearchSql.of(criteria, scope.communeFilter(), this::covered);
    }

    /**
     * The stored terms with this prefix, in order, at most {@code max} (a loose index scan: one dive per distinct
     * term). Says nothing about tickets, only about which words exist.
     */
    private List<String> covered(QueryTerm prefix, int max) {
        return jdbc.prepareStatement("SELECT DISTINCT term FROM itsm_ticket_term WHERE term LIKE ? ORDER BY term"
                + " LIMIT ?", ps -> {
                    ps.setString(1, prefix.term() + "%"); // terms hold letters and digits only
                    ps.setInt(2, max);
                    List<String> terms = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            terms.add(rs.getString(1));
                        }
                    }
                    return terms;
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
