package fr.proxima.itsm.ticket.infrastructure;

import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.ticket.model.Priority;
import fr.proxima.itsm.ticket.model.SearchTerms;
import fr.proxima.itsm.ticket.model.SearchTerms.QueryTerm;
import fr.proxima.itsm.ticket.model.TicketNumber;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the FROM and WHERE clauses of a ticket search from the criteria and the scope's commune, with bound
 * parameters only (no value is ever concatenated into the SQL).
 *
 * <p>Text ({@code q}): a ticket number ({@code inc-2026-000123}, any case) is an exact match on the number's unique
 * key. Otherwise {@code q} is tokenised like the tickets' text ({@link SearchTerms#ofQuery}) and the query drives
 * from the term index {@code itsm_ticket_term}: one term (the longest exact one; a prefix only when it is the only
 * term, and only when it covers several terms: a prefix that covers one term is narrowed to it, {@link
 * PrefixNarrowing}) is read in index order, newest first, {@code (term[, commune_code], created_at, ticket_id)}, each entry
 * joined to its ticket by primary key, so {@code LIMIT} stops after one page (no filesort); every other term must be
 * present too ({@code EXISTS} on {@code ix_itsm_term_ticket (ticket_id, term)}, a {@code LIKE 'prefix%'} range for
 * a prefix). A search whose only term is a prefix sorts the entries of that prefix's range (a filesort over the
 * range, bounded by how many tickets hold such a term). A {@code q} with nothing searchable in it (stopwords,
 * one-letter words, punctuation) filters nothing. Text searches are always sorted by creation time (newest first
 * unless {@code createdAt,asc} was asked for), and their count is capped ({@link TicketReader}).
 */
final class TicketSearchSql {
    private static final Set<TicketStatus> OPEN = EnumSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED,
            TicketStatus.IN_PROGRESS, TicketStatus.PENDING);
    static final String FROM_TICKETS = " FROM itsm_ticket t";
    /**
     * The term index first (STRAIGHT_JOIN), read through the index whose order is the page's order: the primary key
     * {@code (term, created_at, ticket_id)}, or {@code (term, commune_code, created_at, ticket_id)} under a commune
     * filter. The index is forced because, with both usable for {@code term = ?}, MariaDB 11.4 may pick the commune
     * one without a commune filter, and then sort.
     */
    private static final String FROM_TERMS = " FROM itsm_ticket_term k FORCE INDEX (%s)"
            + " STRAIGHT_JOIN itsm_ticket t ON t.id = k.ticket_id";

    final String from;
    final String where;
    final List<Object> params;
    /** Whether the search drives from the term index (a text search): sorted by creation time, count capped. */
    final boolean byTerms;

    private TicketSearchSql(String from, String where, List<Object> params, boolean byTerms) {
        this.from = from;
        this.where = where;
        this.params = params;
        this.byTerms = byTerms;
    }

    /**
     * Narrows a prefix term before the query is built: the one exact term it covers when it covers only one (then
     * the driving range is in creation order: no sort), {@code null} when no term starts with it, else the prefix.
     */
    interface PrefixNarrowing {
        QueryTerm narrow(QueryTerm prefix);

        PrefixNarrowing NONE = prefix -> prefix;
    }

    static TicketSearchSql of(TicketCriteria c, String scopeCommune) {
        return of(c, scopeCommune, PrefixNarrowing.NONE);
    }

    static TicketSearchSql of(TicketCriteria c, String scopeCommune, PrefixNarrowing narrowing) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        List<Object> p = new ArrayList<>();
        String number = ticketNumber(c.q());
        List<QueryTerm> terms = new ArrayList<>();
        boolean nothing = false;
        for (QueryTerm term : number == null ? SearchTerms.ofQuery(c.q()) : List.<QueryTerm>of()) {
            QueryTerm narrowed = term.prefix() ? narrowing.narrow(term) : term;
            if (narrowed == null) {
                nothing = true; // no ticket holds a term with this prefix
            } else if (!terms.contains(narrowed)) {
                terms.add(narrowed);
            }
        }
        boolean byTerms = !terms.isEmpty();
        if (byTerms) {
            terms(w, p, terms);
        }
        if (nothing) {
            w.append(" AND 1 = 0");
        }
        // the commune (scope first): on the term entry for its index, and on the ticket itself, which is the truth
        for (String commune : new String[]{scopeCommune, c.commune()}) {
            if (commune != null) {
                if (byTerms) {
                    w.append(" AND k.commune_code = ?");
                    p.add(commune);
                }
                w.append(" AND t.commune_code = ?");
                p.add(commune);
            }
        }
        eq(w, p, "t.centre_code", c.centre());
        eq(w, p, "t.assigned_team", c.team());
        eq(w, p, "t.assignee_id", c.assignee());
        eq(w, p, "t.requester_id", c.requester());
        eq(w, p, "t.type", c.type() == null ? null : c.type().name());
        if (!c.statuses().isEmpty()) {
            if (c.statuses().equals(OPEN)) {
                w.append(" AND t.is_open = 1");
            } else if (c.statuses().size() == TicketStatus.values().length) {
                // every status: no filter
            } else {
                in(w, p, "t.status", c.statuses().stream().map(Enum::name).sorted().toList());
            }
        }
        if (!c.priorities().isEmpty() && c.priorities().size() < Priority.values().length) {
            in(w, p, "t.priority", c.priorities().stream().map(Enum::name).sorted().toList());
        }
        if (!c.categories().isEmpty()) {
            in(w, p, "t.category_code", c.categories().stream().sorted().toList());
        }
        // by terms, the creation time of the entry: a range inside the term's index range
        String createdAt = byTerms ? "k.created_at" : "t.created_at";
        if (c.createdFrom() != null) {
            w.append(" AND ").append(createdAt).append(" >= ?");
            p.add(c.createdFrom());
        }
        if (c.createdTo() != null) {
            w.append(" AND ").append(createdAt).append(" < ?");
            p.add(c.createdTo());
        }
        if (number != null) {
            // a ticket number typed in the search box (the CAN's most frequent search): exact match on the key
            w.append(" AND t.number = ?");
            p.add(number);
        }
        String from = !byTerms ? FROM_TICKETS : FROM_TERMS.formatted(
                scopeCommune != null || c.commune() != null ? "ix_itsm_term_commune" : "PRIMARY");
        return new TicketSearchSql(from, w.toString(), p, byTerms);
    }

    /** The ORDER BY of this search: a text search is sorted by creation time, whatever else was asked. */
    String orderBy(TicketSort sort) {
        return byTerms ? termOrder(effectiveSort(sort)) : sort.orderBy();
    }

    /** The sort actually applied: for a text search, creation time (newest first unless ascending was asked). */
    TicketSort effectiveSort(TicketSort sort) {
        if (!byTerms) {
            return sort;
        }
        return sort.field() == TicketSort.Field.CREATED_AT ? sort : TicketSort.NEWEST_FIRST;
    }

    private static String termOrder(TicketSort sort) {
        String dir = sort.ascending() ? "ASC" : "DESC";
        return "k.created_at " + dir + ", k.ticket_id " + dir;
    }

    private static String ticketNumber(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String trimmed = q.strip().toUpperCase(Locale.ROOT);
        return TicketNumber.isValid(trimmed) ? trimmed : null;
    }

    /**
     * The driving term (read in index order) and the others as EXISTS. The driver is an exact term if there is one
     * (its range is in creation order), the longest (usually the rarest, so the fewest entries to walk when the
     * other terms are seldom present with it).
     */
    private static void terms(StringBuilder w, List<Object> p, List<QueryTerm> terms) {
        QueryTerm driver = terms.stream()
                .min(Comparator.comparing(QueryTerm::prefix)
                        .thenComparing(Comparator.comparingInt((QueryTerm t) -> t.term().length()).reversed()))
                .orElseThrow();
        w.append(driver.prefix() ? " AND k.term LIKE ?" : " AND k.term = ?");
        p.add(driver.prefix() ? like(driver.term()) : driver.term());
        int alias = 2;
        for (QueryTerm other : terms) {
            if (other == driver) {
                continue;
            }
            String k = "k" + alias++;
            w.append(" AND EXISTS (SELECT 1 FROM itsm_ticket_term ").append(k).append(" WHERE ").append(k)
                    .append(".ticket_id = k.ticket_id AND ").append(k)
                    .append(other.prefix() ? ".term LIKE ?)" : ".term = ?)");
            p.add(other.prefix() ? like(other.term()) : other.term());
        }
    }

    private static String like(String prefix) {
        // terms hold letters and digits only; escaping keeps it right if that ever changes
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static void eq(StringBuilder w, List<Object> p, String column, Object value) {
        if (value != null) {
            w.append(" AND ").append(column).append(" = ?");
            p.add(value);
        }
    }

    private static void in(StringBuilder w, List<Object> p, String column, List<String> values) {
        w.append(" AND ").append(column).append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            w.append(i == 0 ? "?" : ", ?");
            p.add(values.get(i));
        }
        w.append(')');
    }

    /** Binds the parameters from index 1; returns the next free index. */
    int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object v : params) {
            if (v instanceof Instant instant) {
                ps.setTimestamp(i++, Timestamp.from(instant));
            } else if (v instanceof Long l) {
                ps.setLong(i++, l);
            } else {
                ps.setString(i++, v.toString());
            }
        }
        return i;
    }
}
