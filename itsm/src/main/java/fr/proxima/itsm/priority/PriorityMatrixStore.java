package fr.proxima.itsm.priority;

import fr.proxima.itsm.ticket.model.Impact;
import fr.proxima.itsm.ticket.model.Priority;
import fr.proxima.itsm.ticket.model.PriorityMatrix;
import fr.proxima.itsm.ticket.model.Urgency;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** Reads and writes the nine cells of the stored matrix. */
@Singleton
@Connectable
class PriorityMatrixStore {
    private final JdbcOperations jdbc;

    PriorityMatrixStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    PriorityMatrix load() {
        return jdbc.prepareStatement("SELECT impact, urgency, priority FROM itsm_priority_matrix", ps -> {
            Map<Impact, Map<Urgency, Priority>> cells = new EnumMap<>(Impact.class);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cells.computeIfAbsent(Impact.valueOf(rs.getString(1)), i -> new EnumMap<>(Urgency.class))
                            .put(Urgency.valueOf(rs.getString(2)), Priority.valueOf(rs.getString(3)));
                }
            }
            return PriorityMatrix.of(cells);
        });
    }

    void save(PriorityMatrix matrix, String by, Instant at) {
        jdbc.prepareStatement("""
                INSERT INTO itsm_priority_matrix (impact, urgency, priority, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE
                  updated_by = IF(priority = VALUE(priority), updated_by, VALUE(updated_by)),
                  updated_at = IF(priority = VALUE(priority), updated_at, VALUE(updated_at)),
                  priority = VALUE(priority)""", ps -> {
            for (Impact i : Impact.values()) {
                for (Urgency u : Urgency.values()) {
                    ps.setString(1, i.name());
                    ps.setString(2, u.name());
                    ps.setString(3, matrix.priorityOf(i, u).name());
                    ps.setString(4, by);
                    ps.setTimestamp(5, Timestamp.from(at));
                    ps.addBatch();
                }
            }
            return ps.executeBatch();
        });
    }
}
