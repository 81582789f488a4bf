package fr.proxima.itsm.ticket.infrastructure;

import fr.proxima.itsm.ticket.model.SearchTerms;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code itsm_ticket_term}, the term index of the text search: one row per distinct {@link SearchTerms} term
 * of a ticket's title and description, with its creation time and commune (see the migration
 * {@code V2026_11_25_1300__ticket_terms.sql}). The ticket store calls it in the transaction that creates a ticket or
 * changes its text; the re-index pass ({@link #reindexNextBatch}) fills the terms of tickets written before the
 * index existed (or after a change of the tokenising rules).
 */
@Singleton
@Connectable
public class TicketTermIndex {
    /** Rows per multi-row INSERT (4 parameters each, far below the 65,535 placeholders of a statement). */
    static final int ROWS_PER_INSERT = 2_000;

    private final JdbcOperations jdbc;

    TicketTermIndex(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A ticket's indexed fields. */
    record Indexed(long ticketId, Instant createdAt, String communeCode, String title, String description) {
    }

    /** Writes the terms of a new ticket: one multi-row INSERT (nothing when its text has no term). */
    void insert(Indexed ticket) {
        insertAll(List.of(ticket));
    }

    /** Replaces the terms of a ticket whose title or description changed (delete, then one multi-row INSERT). */
    void replace(Indexed ticket) {
        jdbc.prepareStatement("DELETE FROM itsm_ticket_term WHERE ticket_id = ?", ps -> {
            ps.setLong(1, ticket.ticketId());
            return ps.executeUpdate();
        });
        insert(ticket);
    }

    /**
     * One batch of the re-index pass requested in {@code itsm_ticket_term_reindex}: the next {@code size} tickets
     * after the recorded position get their terms rewritten, and the position moves on; when no ticket is left the
     * request row is deleted. Returns how many tickets were indexed, or -1 when no pass is requested (done).
     * Idempotent and safe to run on several instances at once: the request row is locked for the batch. The
     * tickets of the batch are read with a shared lock, so an edit of one of them waits for the batch instead of
     * having its new terms overwritten by the old text; READ COMMITTED keeps these locks off the gaps, so
     * creations never wait for the pass.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public int reindexNextBatch(int size) {
        Long after = jdbc.prepareStatement(
                "SELECT after_id FROM itsm_ticket_term_reindex WHERE id = 1 FOR UPDATE", ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getLong(1) : null;
                    }
                });
        if (after == null) {
            return -1;
        }
        List<Indexed> batch = jdbc.prepareStatement("SELECT id, created_at, commune_code, title, description"
                + " FROM itsm_ticket WHERE id > ? ORDER BY id LIMIT ? LOCK IN SHARE MODE", ps -> {
                    ps.setLong(1, after);
                    ps.setInt(2, size);
                    List<Indexed> rows = new ArrayList<>(size);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Indexed(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                    rs.getString(4), rs.getString(5)));
                        }
                    }
                    return rows;
                });
        if (batch.isEmpty()) {
            jdbc.prepareStatement("DELETE FROM itsm_ticket_term_reindex WHERE id = 1",
                    PreparedStatement::executeUpdate);
            return 0;
        }
        long first = batch.get(0).ticketId();
        long last = batch.get(batch.size() - 1).ticketId();
        jdbc.prepareStatement("DELETE FROM itsm_ticket_term WHERE ticket_id BETWEEN ? AND ?", ps -> {
            ps.setLong(1, first);
            ps.setLong(2, last);
            return ps.executeUpdate();
        });
        insertAll(batch);
        jdbc.prepareStatement("UPDATE itsm_ticket_term_reindex SET after_id = ? WHERE id = 1", ps -> {
            ps.setLong(1, last);
            return ps.executeUpdate();
        });
        return batch.size();
    }

    /** Whether a re-index pass is requested and not finished yet. */
    public boolean reindexPending() {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM itsm_ticket_term_reindex", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    private void insertAll(List<Indexed> tickets) {
        List<Object[]> rows = new ArrayList<>();
        for (Indexed t : tickets) {
            Timestamp createdAt = Timestamp.from(t.createdAt());
            for (String term : SearchTerms.ofTicket(t.title(), t.description())) {
                rows.add(new Object[]{term, createdAt, t.ticketId(), t.communeCode()});
            }
        }
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder(64 + chunk.size() * 14)
                    .append("INSERT INTO itsm_ticket_term (term, created_at, ticket_id, commune_code) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)");
            }
            jdbc.prepareStatement(sql.toString(), ps -> {
                bind(ps, chunk);
                return ps.executeUpdate();
            });
        }
    }

    private static void bind(PreparedStatement ps, List<Object[]> chunk) throws SQLException {
        int i = 1;
        for (Object[] row : chunk) {
            ps.setString(i++, (String) row[0]);
            ps.setTimestamp(i++, (Timestamp) row[1]);
            ps.setLong(i++, (Long) row[2]);
            ps.setString(i++, (String) row[3]);
        }
    }
}
