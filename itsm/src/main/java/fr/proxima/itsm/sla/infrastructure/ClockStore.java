package fr.proxima.itsm.sla.infrastructure;

import fr.proxima.itsm.SlaState;
import fr.proxima.itsm.SlaTargetKind;
import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.sla.model.ClockEvent;
import fr.proxima.itsm.sla.model.ClockEventKind;
import fr.proxima.itsm.sla.model.Targets;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The clock tables. Unscoped on purpose: the clock is written by the system in reaction to ticket changes and read
 * by the service-level facade only after the ticket itself was checked against the caller's scope; reads for lists
 * take the commune filter of the scope ({@link #summaries}).
 */
@Singleton
@Connectable
public class ClockStore {
    private static final String CLOCK_COLUMNS = "c.ticket_id, t.number, c.commune_code, c.centre_code, c.ticket_type,"
            + " c.contract_id, c.event_count, c.phase, c.live, c.priority, c.take_state, c.take_due_at,"
            + " c.resolution_state, c.resolution_due_at, c.pressing, c.pressing_state, c.next_due_at,"
            + " c.remaining_minutes, c.refreshed_at";

    private final JdbcOperations jdbc;

    ClockStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends an event to a ticket's clock (next sequence number of that ticket). */
    public void append(long ticketId, ClockEvent e) {
        jdbc.prepareStatement("INSERT INTO itsm_sla_clock_event (ticket_id, seq, kind, at, actor, reason, priority,"
                + " take_charge_minutes, resolution_minutes) SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?"
                + " FROM itsm_sla_clock_event WHERE ticket_id = ?", ps -> {
            ps.setLong(1, ticketId);
            ps.setString(2, e.kind().name());
            ps.setTimestamp(3, Timestamp.from(e.at()));
            ps.setString(4, e.actor().length() > 64 ? e.actor().substring(0, 64) : e.actor());
            ps.setString(5, e.reason());
            ps.setString(6, e.priority());
            if (e.targets() == null) {
                ps.setNull(7, Types.INTEGER);
                ps.setNull(8, Types.INTEGER);
            } else {
                ps.setLong(7, e.targets().takeChargeMinutes());
                ps.setLong(8, e.targets().resolutionMinutes());
            }
            ps.setLong(9, ticketId);
            return ps.executeUpdate();
        });
    }

    public List<ClockEvent> events(long ticketId) {
        return eventsOf(List.of(ticketId)).getOrDefault(ticketId, List.of());
    }

    /** The events of several tickets, each list in order. */
    public Map<Long, List<ClockEvent>> eventsOf(Collection<Long> ticketIds) {
        Map<Long, List<ClockEvent>> out = new LinkedHashMap<>();
        if (ticketIds.isEmpty()) {
            return out;
        }
        String in = ticketIds.stream().map(x -> "?").collect(Collectors.joining(","));
        jdbc.prepareStatement("SELECT ticket_id, kind, at, actor, reason, priority, take_charge_minutes,"
                + " resolution_minutes FROM itsm_sla_clock_event WHERE ticket_id IN (" + in + ")"
                + " ORDER BY ticket_id, seq", ps -> {
            int i = 1;
            for (Long id : ticketIds) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(event(rs));
                }
            }
            return null;
        });
        return out;
    }

    private static ClockEvent event(ResultSet rs) throws SQLException {
        long take = rs.getLong(7);
        Targets targets = rs.wasNull() ? null : Targets.of(take, rs.getLong(8));
        return new ClockEvent(ClockEventKind.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(),
                rs.getString(4), rs.getString(5), rs.getString(6), targets);
    }

    public Optional<ClockRow> clock(long ticketId) {
        return jdbc.prepareStatement("SELECT " + CLOCK_COLUMNS + " FROM itsm_sla_clock c JOIN itsm_ticket t"
                + " ON t.id = c.ticket_id WHERE c.ticket_id = ?", ps -> {
            ps.setLong(1, ticketId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.<ClockRow>empty();
            }
        });
    }

    /** The next {@code limit} live clocks after {@code afterTicketId}, in ticket order (the refresh job's pages). */
    public List<ClockRow> liveAfter(long afterTicketId, int limit) {
        return jdbc.prepareStatement("SELECT " + CLOCK_COLUMNS + " FROM itsm_sla_clock c JOIN itsm_ticket t"
                + " ON t.id = c.ticket_id WHERE c.live = TRUE AND c.ticket_id > ? ORDER BY c.ticket_id LIMIT ?", ps -> {
            ps.setLong(1, afterTicketId);
            ps.setInt(2, limit);
            return rows(ps);
        });
    }

    /** The clocks of these tickets, restricted to one commune when {@code communeFilter} is set. */
    public List<ClockRow> summaries(Collection<Long> ticketIds, String communeFilter) {
        if (ticketIds.isEmpty()) {
            return List.of();
        }
        String in = ticketIds.stream().map(x -> "?").collect(Collectors.joining(","));
        return jdbc.prepareStatement("SELECT " + CLOCK_COLUMNS + " FROM itsm_sla_clock c JOIN itsm_ticket t"
                + " ON t.id = c.ticket_id WHERE c.ticket_id IN (" + in + ")"
                + (communeFilter == null ? "" : " AND c.commune_code = ?"), ps -> {
            int i = 1;
            for (Long id : ticketIds) {
                ps.setLong(i++, id);
            }
            if (communeFilter != null) {
                ps.setString(i, communeFilter);
            }
            return rows(ps);
        });
    }

    private static List<ClockRow> rows(PreparedStatement ps) throws SQLException {
        List<ClockRow> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return out;
    }

    private static ClockRow row(ResultSet rs) throws SQLException {
        return new ClockRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                TicketType.valueOf(rs.getString(5)), rs.getLong(6), rs.getInt(7), rs.getString(8), rs.getBoolean(9),
                rs.getString(10), SlaState.valueOf(rs.getString(11)), instant(rs.getTimestamp(12)),
                SlaState.valueOf(rs.getString(13)), instant(rs.getTimestamp(14)),
                SlaTargetKind.valueOf(rs.getString(15)), SlaState.valueOf(rs.getString(16)),
                instant(rs.getTimestamp(17)), rs.getLong(18), rs.getTimestamp(19).toInstant());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    public void insert(ClockRow r) {
        jdbc.prepareStatement("INSERT INTO itsm_sla_clock (ticket_id, commune_code, centre_code, ticket_type,"
                + " contract_id, event_count, phase, live, priority, take_state, take_due_at, resolution_state,"
                + " resolution_due_at, pressing, pressing_state, next_due_at, remaining_minutes, refreshed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, r.ticketId());
            ps.setString(2, r.communeCode());
            ps.setString(3, r.centreCode());
            ps.setString(4, r.ticketType().name());
            ps.setLong(5, r.contractId());
            bindEvaluation(ps, r, 6);
            return ps.executeUpdate();
        });
    }

    /**
     * Writes evaluations back, each only if the clock still has the event count it was evaluated from (a ticket
     * change that appended an event meanwhile wrote a newer evaluation). Returns how many rows were written.
     */
    public int update(List<ClockRow> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        return jdbc.prepareStatement("UPDATE itsm_sla_clock SET event_count = ?, phase = ?, live = ?, priority = ?,"
                + " take_state = ?, take_due_at = ?, resolution_state = ?, resolution_due_at = ?, pressing = ?,"
                + " pressing_state = ?, next_due_at = ?, remaining_minutes = ?, refreshed_at = ?"
                + " WHERE ticket_id = ? AND event_count <= ?", ps -> {
            for (ClockRow r : rows) {
                int i = bindEvaluation(ps, r, 1);
                ps.setLong(i++, r.ticketId());
                ps.setInt(i, r.eventCount());
                ps.addBatch();
            }
            int written = 0;
            for (int n : ps.executeBatch()) {
                written += n == Statement.SUCCESS_NO_INFO ? 1 : n;
            }
            return written;
        });
    }

    private static int bindEvaluation(PreparedStatement ps, ClockRow r, int i) throws SQLException {
        ps.setInt(i++, r.eventCount());
        ps.setString(i++, r.phase());
        ps.setBoolean(i++, r.live());
        ps.setString(i++, r.priority());
        ps.setString(i++, r.takeState().name());
        ps.setTimestamp(i++, r.takeDueAt() == null ? null : Timestamp.from(r.takeDueAt()));
        ps.setString(i++, r.resolutionState().name());
        ps.setTimestamp(i++, r.resolutionDueAt() == null ? null : Timestamp.from(r.resolutionDueAt()));
        ps.setString(i++, r.pressing().name());
        ps.setString(i++, r.pressingState().name());
        ps.setTimestamp(i++, r.nextDueAt() == null ? null : Timestamp.from(r.nextDueAt()));
        ps.setLong(i++, r.remainingMinutes());
        ps.setTimestamp(i++, Timestamp.from(r.refreshedAt()));
        return i;
    }

    /** An escalation to record. */
    public record NewEscalation(long ticketId, String number, String communeCode, String centreCode,
                                SlaTargetKind target, SlaState level, Instant reachedAt, Instant recordedAt,
                                List<String> recipients) {
    }

    /** Records an escalation unless it was already recorded; returns its id when it is new. */
    public Optional<Long> recordEscalation(NewEscalation e) {
        try (PreparedStatement ps = jdbc.getConnection().prepareStatement("INSERT IGNORE INTO itsm_sla_escalation"
                + " (ticket_id, number, commune_code, centre_code, target, level, reached_at, recorded_at, recipients)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, e.ticketId());
            ps.setString(2, e.number());
            ps.setString(3, e.communeCode());
            ps.setString(4, e.centreCode());
            ps.setString(5, e.target().name());
            ps.setString(6, e.level().name());
            ps.setTimestamp(7, Timestamp.from(e.reachedAt()));
            ps.setTimestamp(8, Timestamp.from(e.recordedAt()));
            ps.setString(9, String.join(",", e.recipients()));
            if (ps.executeUpdate() != 1) {
                return Optional.empty();
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return Optional.of(keys.getLong(1));
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot record an escalation of ticket " + e.ticketId(), ex);
        }
    }

    /**
     * Records many escalations with one multi-row INSERT IGNORE (those already recorded are skipped) and returns the
     * ones this call recorded, with their ids: the rows of these tickets stamped with this {@code recordedAt}.
     */
    public List<Escalation> recordEscalations(List<NewEscalation> all, Instant recordedAt) {
        List<Escalation> recorded = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<NewEscalation> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String values = chunk.stream().map(x -> "(?, ?, ?, ?, ?, ?, ?, ?, ?)").collect(Collectors.joining(","));
            jdbc.prepareStatement("INSERT IGNORE INTO itsm_sla_escalation (ticket_id, number, commune_code,"
                    + " centre_code, target, level, reached_at, recorded_at, recipients) VALUES " + values, ps -> {
                int i = 1;
                for (NewEscalation e : chunk) {
                    ps.setLong(i++, e.ticketId());
                    ps.setString(i++, e.number());
                    ps.setString(i++, e.communeCode());
                    ps.setString(i++, e.centreCode());
                    ps.setString(i++, e.target().name());
                    ps.setString(i++, e.level().name());
                    ps.setTimestamp(i++, Timestamp.from(e.reachedAt()));
                    ps.setTimestamp(i++, Timestamp.from(recordedAt));
                    ps.setString(i++, String.join(",", e.recipients()));
                }
                return ps.executeUpdate();
            });
            List<Long> ids = chunk.stream().map(NewEscalation::ticketId).distinct().toList();
            String in = ids.stream().map(x -> "?").collect(Collectors.joining(","));
            recorded.addAll(jdbc.prepareStatement("SELECT id, ticket_id, number, commune_code, centre_code, target,"
                    + " level, reached_at, recorded_at, recipients FROM itsm_sla_escalation WHERE recorded_at = ?"
                    + " AND ticket_id IN (" + in + ")", ps -> {
                ps.setTimestamp(1, Timestamp.from(recordedAt));
                int i = 2;
                for (Long id : ids) {
                    ps.setLong(i++, id);
                }
                return escalationRows(ps);
            }));
        }
        return recorded;
    }

    private static List<Escalation> escalationRows(PreparedStatement ps) throws SQLException {
        List<Escalation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Escalation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), SlaTargetKind.valueOf(rs.getString(6)), SlaState.valueOf(rs.getString(7)),
                        rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant(),
                        List.of(rs.getString(10).split(","))));
            }
        }
        return out;
    }

    /** A recorded escalation. */
    public record Escalation(long id, long ticketId, String number, String communeCode, String centreCode,
                             SlaTargetKind target, SlaState level, Instant reachedAt, Instant recordedAt,
                             List<String> recipients) {
    }

    /**
     * Recorded escalations, newest first, filtered (each filter optional); {@code communeFilter} is the scope's.
     */
    public List<Escalation> escalations(String communeFilter, String commune, String centre, Long ticketId,
                                        SlaState level, Instant since, int limit, long offset) {
        StringBuilder sql = new StringBuilder("SELECT id, ticket_id, number, commune_code, centre_code, target, level,"
                + " reached_at, recorded_at, recipients FROM itsm_sla_escalation WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (communeFilter != null) {
            sql.append(" AND commune_code = ?");
            params.add(communeFilter);
        }
        if (commune != null) {
            sql.append(" AND commune_code = ?");
            params.add(commune);
        }
        if (centre != null) {
            sql.append(" AND centre_code = ?");
            params.add(centre);
        }
        if (ticketId != null) {
            sql.append(" AND ticket_id = ?");
            params.add(ticketId);
        }
        if (level != null) {
            sql.append(" AND level = ?");
            params.add(level.name());
        }
        if (since != null) {
            sql.append(" AND recorded_at >= ?");
            params.add(Timestamp.from(since));
        }
        sql.append(" ORDER BY recorded_at DESC, id DESC LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.prepareStatement(sql.toString(), ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return escalationRows(ps);
        });
    }
}
