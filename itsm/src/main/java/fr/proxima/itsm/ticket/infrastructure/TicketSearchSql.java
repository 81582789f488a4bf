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
 * present too (joined on the primary key of its entry for the ticket; a prefix by {@code EXISTS} on
 * {@code ix_itsm_term_ticket (ticket_id, term)}). The count reads the term entries alone when no filter needs the
 * ticket row. A search whose only term is a prefix sorts the entries of that prefix's range (a filesort over the
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
    private static final String FROM_TERMS = " FROM itsm_ticket_term k FORCE INDEX (%s)";
    private static final String JOIN_TICKET = " STRAIGHT_JOIN itsm_ticket t ON t.id = k.ticket_id";

    final String from;
    final String where;
    final List<Object> params;
    /** Whether the search drives from the term index (a text search): sorted by creation time, count capped. */
    final boolean byTerms;
    /** The count's FROM and WHERE: without the ticket table when no condition needs it (an index-only count). */
    final String countFrom;
    final String countWhere;
    final List<Object> countParams;
    /**
     * A search whose only word is a prefix covering several terms: one branch per covered term (each an exact,
     * index-ordered search), merged by {@link TicketReader} with a UNION (a ticket holding two of the terms counts
     * once); empty otherwise.
     */
    List<TicketSearchSql> branches = List.of();

    private TicketSearchSql(String from, String where, List<Object> params, boolean byTerms, String countFrom,
                            String countWhere, List<Object> countParams) {
        this.from = from;
        this.where = where;
        this.params = params;
        this.byTerms = byTerms;
        this.countFrom = countFrom;
        this.countWhere = countWhere;
        this.countParams = countParams;
    }

    /** At most this many terms covered by a prefix are searched as a union of exact terms. */
    static final int MAX_PREFIX_TERMS = 16;

    /**
     * Which stored terms a prefix covers, in order, at most {@code max} (more are cut off): empty when none; or
     * {@code null} when unknown (the prefix then stays a {@code LIKE} range).
     */
    interface PrefixNarrowing {
        List<String> covered(QueryTerm prefix, int max);

        PrefixNarrowing NONE = (prefix, max) -> null;
    }

    static TicketSearchSql of(TicketCriteria c, String scopeCommune) {
        return of(c, scopeCommune, PrefixNarrowing.NONE);
    }

    /**
     * The search for these criteria. A prefix is narrowed first: no covered term → nothing found; one → that exact
     * term; several, when the prefix is the only word and they are at most {@value #MAX_PREFIX_TERMS} → a union of
     * exact searches ({@link #branches}); else a {@code LIKE} range.
     */
    static TicketSearchSql of(TicketCriteria c, String scopeCommune, PrefixNarrowing narrowing) {
        String number = ticketNumber(c.q());
        List<QueryTerm> typed = number == null ? SearchTerms.ofQuery(c.q()) : List.of();
        List<QueryTerm> terms = new ArrayList<>();
        boolean nothing = false;
        for (QueryTerm term : typed) {
            QueryTerm narrowed = term;
            if (term.prefix()) {
                List<String> covered = narrowing.covered(term, MAX_PREFIX_TERMS + 1);
                if (covered != null && covered.isEmpty()) {
                    nothing = true; // no ticket holds a term with this prefix
                    continue;
                } else if (covered != null && covered.size() == 1) {
                    narrowed = new QueryTerm(covered.get(0), false);
                } else if (covered != null && covered.size() <= MAX_PREFIX_TERMS && typed.size() == 1) {
                    TicketSearchSql union = build(c, scopeCommune, List.of(new QueryTerm(covered.get(0), false)),
                            null, false);
                    union.branches = covered.stream()
                            .map(t -> build(c, scopeCommune, List.of(new QueryTerm(t, false)), null, false))
                            .toList();
                    return union;
                }
            }
            if (!terms.contains(narrowed)) {
                terms.add(narrowed);
            }
        }
        return build(c, scopeCommune, terms, number, nothing);
    }

    private static TicketSearchSql build(TicketCriteria c, String scopeCommune, List<QueryTerm> terms,
                                         String number, boolean nothing) {
        Clauses q = new Clauses();
        boolean byTerms = !terms.isEmpty();
        if (byTerms) {
            terms(q, terms);
        }
        if (nothing) {
            q.both(" AND 1 = 0");
        }
        // the commune (scope first): on the term entry for its index, and on the ticket itself, which is the truth
        for (String commune : new String[]{scopeCommune, c.commune()}) {
            if (commune != null) {
                if (byTerms) {
                    q.both(" AND k.commune_code = ?", commune);
                    q.ticketCheck(" AND t.commune_code = ?", commune);
                } else {
                    q.ticket(" AND t.commune_code = ?", commune);
                }
            }
        }
        q.eq("t.centre_code", c.centre());
        q.eq("t.assigned_team", c.team());
        q.eq("t.assignee_id", c.assignee());
        q.eq("t.requester_id", c.requester());
        q.eq("t.type", c.type() == null ? null : c.type().name());
        if (!c.statuses().isEmpty()) {
            if (c.statuses().equals(OPEN)) {
                q.ticket(" AND t.is_open = 1");
            } else if (c.statuses().size() == TicketStatus.values().length) {
                // every status: no filter
            } else {
                q.in("t.status", c.statuses().stream().map(Enum::name).sorted().toList());
            }
        }
        if (!c.priorities().isEmpty() && c.priorities().size() < Priority.values().length) {
            q.in("t.priority", c.priorities().stream().map(Enum::name).sorted().toList());
        }
        if (!c.categories().isEmpty()) {
            q.in("t.category_code", c.categories().stream().sorted().toList());
        }
        // by terms, the creation time of the entry: a range inside the term's index range
        if (c.createdFrom() != null) {
            if (byTerms) {
                q.both(" AND k.created_at >= ?", c.createdFrom());
            } else {
                q.ticket(" AND t.created_at >= ?", c.createdFrom());
            }
        }
        if (c.createdTo() != null) {
            if (byTerms) {
                q.both(" AND k.created_at < ?", c.createdTo());
            } else {
                q.ticket(" AND t.created_at < ?", c.createdTo());
            }
        }
        if (number != null) {
            // a ticket number typed in the search box (the CAN's most frequent search): exact match on the key
            q.ticket(" AND t.number = ?", number);
        }
        List<Object> params = new ArrayList<>(q.joinParams);
        params.addAll(q.params);
        if (!byTerms) {
            return new TicketSearchSql(FROM_TICKETS, q.where.toString(), params, false, FROM_TICKETS,
                    q.where.toString(), params);
        }
        String fromTerms = FROM_TERMS.formatted(scopeCommune != null || c.commune() != null
                ? "ix_itsm_term_commune" : "PRIMARY") + q.joins;
        List<Object> countParams = new ArrayList<>(q.joinParams);
        countParams.addAll(q.termParams);
        return q.needsTicket
                ? new TicketSearchSql(fromTerms + JOIN_TICKET, q.where.toString(), params, true,
                fromTerms + JOIN_TICKET, q.where.toString(), params)
                : new TicketSearchSql(fromTerms + JOIN_TICKET, q.where.toString(), params, true, fromTerms,
                q.termWhere.toString(), countParams);
    }

    /**
     * The clauses being built: {@code where} (everything) and {@code termWhere} (the conditions on the term entries
     * alone, enough to count when nothing else needs the ticket row), the joins of the other exact terms.
     */
    private static final class Clauses {
        final StringBuilder joins = new StringBuilder();
        final List<Object> joinParams = new ArrayList<>();
        final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        final List<Object> params = new ArrayList<>();
        final StringBuilder termWhere = new StringBuilder(" WHERE 1 = 1");
        final List<Object> termParams = new ArrayList<>();
        boolean needsTicket;

        /** A condition on the term entries (or constant): in the page and in the count. */
        void both(String sql, Object... values) {
            where.append(sql);
            termWhere.append(sql);
            params.addAll(List.of(values));
            termParams.addAll(List.of(values));
        }

        /** A condition on the ticket row. */
        void ticket(String sql, Object... values) {
            where.append(sql);
            params.addAll(List.of(values));
            needsTicket = true;
        }

        /** A check on the ticket row that repeats a condition already on the term entry (the commune). */
        void ticketCheck(String sql, Object... values) {
            where.append(sql);
            params.addAll(List.of(values));
        }

        void eq(String column, Object value) {
            if (value != null) {
                ticket(" AND " + column + " = ?", value);
            }
        }

        void in(String column, List<String> values) {
            StringBuilder sql = new StringBuilder(" AND ").append(column).append(" IN (");
            for (int i = 0; i < values.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            ticket(sql.append(')').toString(), values.toArray());
        }
    }

    /** The count statement (capped by a bound LIMIT for a text search); bind with {@link #bindCount}. */
    String countSql() {
        if (!branches.isEmpty()) {
            StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM (");
            for (int i = 0; i < branches.size(); i++) {
                TicketSearchSql b = branches.get(i);
                sql.append(i == 0 ? "" : " UNION ").append("(SELECT k.ticket_id").append(b.countFrom)
                        .append(b.countWhere).append(" LIMIT ?)");
            }
            return sql.append(") x").toString();
        }
        return byTerms ? "SELECT COUNT(*) FROM (SELECT 1" + countFrom + countWhere + " LIMIT ?) x"
                : "SELECT COUNT(*)" + countFrom + countWhere;
    }

    /** Binds the count statement; {@code cap} is the most matches a text search counts. */
    void bindCount(PreparedStatement ps, long cap) throws SQLException {
        if (!branches.isEmpty()) {
            int i = 1;
            for (TicketSearchSql b : branches) {
                i = bindFrom(ps, i, b.countParams);
                ps.setLong(i++, cap);
            }
            return;
        }
        int i = bind(ps, countParams);
        if (byTerms) {
            ps.setLong(i, cap);
        }
    }

    /**
     * The page statement ({@code SELECT t.*}, sorted, {@code LIMIT ? OFFSET ?}); bind with {@link #bindPage}. A union
     * reads at most {@code offset + limit} entries of each covered term in index order, then merges them.
     */
    String pageSql(TicketSort sort) {
        if (!branches.isEmpty()) {
            String dir = effectiveSort(sort).ascending() ? "ASC" : "DESC";
            StringBuilder sql = new StringBuilder("SELECT t.* FROM (");
            for (int i = 0; i < branches.size(); i++) {
                TicketSearchSql b = branches.get(i);
                sql.append(i == 0 ? "" : " UNION ").append("(SELECT k.ticket_id, k.created_at").append(b.from)
                        .append(b.where).append(" ORDER BY ").append(b.orderBy(sort)).append(" LIMIT ?)");
            }
            return sql.append(") u STRAIGHT_JOIN itsm_ticket t ON t.id = u.ticket_id ORDER BY u.created_at ")
                    .append(dir).append(", u.ticket_id ").append(dir).append(" LIMIT ? OFFSET ?").toString();
        }
        return "SELECT t.*" + from + where + " ORDER BY " + orderBy(sort) + " LIMIT ? OFFSET ?";
    }

    void bindPage(PreparedStatement ps, int limit, long offset) throws SQLException {
        int i = 1;
        if (!branches.isEmpty()) {
            for (TicketSearchSql b : branches) {
                i = bindFrom(ps, i, b.params);
                ps.setLong(i++, offset + limit);
            }
        } else {
            i = bind(ps, params);
        }
        ps.setInt(i++, limit);
        ps.setLong(i, offset);
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
     * The driving term (read in index order) and the others: an exact one is joined on the primary key of its entry
     * for this ticket ({@code (term, created_at, ticket_id)}, one row at most), a prefix is an EXISTS on
     * {@code ix_itsm_term_ticket (ticket_id, term)}. The driver is an exact term if there is one (its range is in
     * creation order), the longest (usually the rarest, so the fewest entries to walk when the other terms are
     * seldom present with it).
     */
    private static void terms(Clauses q, List<QueryTerm> terms) {
        QueryTerm driver = terms.stream()
                .min(Comparator.comparing(QueryTerm::prefix)
                        .thenComparing(Comparator.comparingInt((QueryTerm t) -> t.term().length()).reversed()))
                .orElseThrow();
        if (driver.prefix()) {
            // a ticket holding two terms of the prefix is found once: by its first matching term
            q.both(" AND k.term LIKE ? AND NOT EXISTS (SELECT 1 FROM itsm_ticket_term kd WHERE kd.ticket_id ="
                    + " k.ticket_id AND kd.term LIKE ? AND kd.term < k.term)", like(driver.term()), like(driver.term()));
        } else {
            q.both(" AND k.term = ?", driver.term());
        }
        int alias = 2;
        for (QueryTerm other : terms) {
            if (other == driver) {
                continue;
            }
            String k = "k" + alias++;
            if (other.prefix()) {
                q.both(" AND EXISTS (SELECT 1 FROM itsm_ticket_term " + k + " WHERE " + k
                        + ".ticket_id = k.ticket_id AND " + k + ".term LIKE ?)", like(other.term()));
            } else {
                q.joins.append(" STRAIGHT_JOIN itsm_ticket_term ").append(k).append(" ON ").append(k)
                        .append(".term = ? AND ").append(k).append(".created_at = k.created_at AND ").append(k)
                        .append(".ticket_id = k.ticket_id");
                q.joinParams.add(other.term());
            }
        }
    }

    private static String like(String prefix) {
        // terms hold letters and digits only; escaping keeps it right if that ever changes
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Binds the parameters of the page's statement from index 1; returns the next free index. */
    int bind(PreparedStatement ps) throws SQLException {
        return bind(ps, params);
    }

    private static int bind(PreparedStatement ps, List<Object> values) throws SQLException {
        return bindFrom(ps, 1, values);
    }

    private static int bindFrom(PreparedStatement ps, int from, List<Object> values) throws SQLException {
        int i = from;
        for (Object v : values) {
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
