package fr.proxima.itsm.ticket.infrastructure;

import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.ticket.model.Priority;
import fr.proxima.itsm.ticket.model.TicketNumber;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the WHERE clause of a ticket search from the criteria and the scope's commune, with bound parameters
 * only (no value is ever concatenated into the SQL).
 *
 * <p>Full text: words of three characters or more (InnoDB's default {@code innodb_ft_min_token_size}) that are not
 * InnoDB stopwords become required prefix terms of one {@code MATCH (title, description) AGAINST (... IN BOOLEAN
 * MODE)}, which uses the FULLTEXT index (a query that is a ticket number, e.g. {@code inc-2026-000123}, is an exact
 * match on the number instead); shorter words and stopwords ("PC", "de"...) fall back to a
 * {@code LIKE '%word%'} on title and description, applied on top of the other filters.
 */
final class TicketSearchSql {
    private static final Set<TicketStatus> OPEN = EnumSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED,
            TicketStatus.IN_PROGRESS, TicketStatus.PENDING);
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}_]+");
    /** InnoDB's default full-text stopwords (information_schema.INNODB_FT_DEFAULT_STOPWORD). */
    private static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com",
            "de", "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this",
            "to", "was", "what", "when", "where", "who", "will", "with", "und", "www");
    static final int MIN_TOKEN = 3;
    static final int MAX_WORDS = 10;

    final String where;
    final List<Object> params;

    private TicketSearchSql(String where, List<Object> params) {
        this.where = where;
        this.params = params;
    }

    static TicketSearchSql of(TicketCriteria c, String scopeCommune) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        List<Object> p = new ArrayList<>();
        if (scopeCommune != null) {
            w.append(" AND t.commune_code = ?");
            p.add(scopeCommune);
        }
        eq(w, p, "t.commune_code", c.commune());
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
        if (c.createdFrom() != null) {
            w.append(" AND t.created_at >= ?");
            p.add(c.createdFrom());
        }
        if (c.createdTo() != null) {
            w.append(" AND t.created_at < ?");
            p.add(c.createdTo());
        }
        fullText(w, p, c.q());
        return new TicketSearchSql(w.toString(), p);
    }

    private static void fullText(StringBuilder w, List<Object> p, String q) {
        if (q == null || q.isBlank()) {
            return;
        }
        String trimmed = q.strip().toUpperCase(Locale.ROOT);
        if (TicketNumber.isValid(trimmed)) {
            // a ticket number typed in the search box (the CAN's most frequent search): exact match on the key
            w.append(" AND t.number = ?");
            p.add(trimmed);
            return;
        }
        List<String> words = new ArrayList<>();
        for (String word : WORD_SPLIT.split(q.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && words.size() < MAX_WORDS && !words.contains(word)) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return;
        }
        StringBuilder against = new StringBuilder();
        List<String> shortWords = new ArrayList<>();
        for (String word : words) {
            if (word.length() >= MIN_TOKEN && !STOPWORDS.contains(word)) {
                against.append(against.isEmpty() ? "" : " ").append('+').append(word).append('*');
            } else {
                shortWords.add(word);
            }
        }
        if (!against.isEmpty()) {
            w.append(" AND MATCH (t.title, t.description) AGAINST (? IN BOOLEAN MODE)");
            p.add(against.toString());
        }
        for (String word : shortWords) {
            String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            w.append(" AND (t.title LIKE ? OR t.description LIKE ?)");
            p.add(like);
            p.add(like);
        }
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
