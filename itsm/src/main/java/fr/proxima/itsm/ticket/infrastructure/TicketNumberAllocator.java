package fr.proxima.itsm.ticket.infrastructure;

import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.ticket.model.TicketNumber;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws ticket numbers from one MariaDB {@code SEQUENCE} per type and year ({@code itsm_seq_inc_2026}), so that
 * concurrent creations never queue on a counter row held until their commit: {@code NEXTVAL} is not transactional
 * and served from a cache of {@value #CACHE} values in the server. The price is gaps: a number drawn by a creation
 * that rolls back is lost, and a server restart loses the unused cached values. Numbers stay unique and increase
 * with time within a type and year.
 *
 * <p>A sequence is created on first use of its year, with {@code CREATE SEQUENCE IF NOT EXISTS} run in a
 * transaction of its own (DDL commits implicitly in MariaDB and must not end the creating transaction).
 */
@Singleton
@Connectable
public class TicketNumberAllocator {
    static final int CACHE = 100;

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    TicketNumberAllocator(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public TicketNumber next(TicketType type, int year) {
        String sequence = sequenceName(type, year);
        if (!known.contains(sequence)) {
            create(sequence);
            known.add(sequence);
        }
        long value = jdbc.prepareStatement("SELECT NEXTVAL(" + sequence + ")", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return TicketNumber.of(type, year, value);
    }

    static String sequenceName(TicketType type, int year) {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        return "itsm_seq_" + type.prefix().toLowerCase(Locale.ROOT) + "_" + year;
    }

    private void create(String sequence) {
        transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> {
            try (Statement st = status.getConnection().createStatement()) {
                st.execute("CREATE SEQUENCE IF NOT EXISTS " + sequence
                        + " START WITH 1 MINVALUE 1 INCREMENT BY 1 CACHE " + CACHE + " NOCYCLE");
            }
            return null;
        });
    }
}
