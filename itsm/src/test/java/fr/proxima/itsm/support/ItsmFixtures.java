package fr.proxima.itsm.support;

import fr.proxima.itsm.OpenTicket;
import fr.proxima.itsm.TicketRef;
import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.Tickets;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.TeamCode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;

/** Test data and row counts for the itsm integration tests (each in its own committed transaction). */
@Singleton
public class ItsmFixtures {
    public static final String TALENCE = "33522";
    public static final String PESSAC = "33318";
    public static final String BORDEAUX = "33063";

    public static final AccessScope AGENT = new AccessScope("agent.can", 2L, Role.CAN_AGENT, null, null);
    public static final AccessScope AGENT_2 = new AccessScope("agent2.can", 12L, Role.CAN_AGENT, null, null);
    public static final AccessScope ADMIN = new AccessScope("admin", 1L, Role.ADMIN, null, null);
    public static final AccessScope TECH_SUD = new AccessScope("tech.sud", 4L, Role.TECHNICIAN, TeamCode.of("SUD"), null);
    public static final AccessScope MANAGER_SUD = new AccessScope("resp.sud", 3L, Role.CENTRE_MANAGER, TeamCode.of("SUD"), null);
    public static final AccessScope TECH_BORDEAUX = new AccessScope("tech.bdx", 9L, Role.TECHNICIAN,
            TeamCode.of("BORDEAUX_METROPOLE"), null);
    public static final AccessScope VIEWER_TALENCE = new AccessScope("viewer.talence", 5L, Role.COMMUNE_VIEWER, null,
            CommuneCode.of(TALENCE));
    public static final AccessScope VIEWER_PESSAC = new AccessScope("viewer.pessac", 6L, Role.COMMUNE_VIEWER, null,
            CommuneCode.of(PESSAC));

    private final JdbcOperations jdbc;
    private final Tickets tickets;
    private final OrgFixtures org;

    ItsmFixtures(JdbcOperations jdbc, Tickets tickets, OrgFixtures org) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.org = org;
    }

    /** A real person of the organisation module (created through its services). */
    public long person(String commune, String first, String last) {
        return org.person(commune, last, false);
    }

    @Transactional
    public TicketRef incident(String commune, String title) {
        return tickets.open(new OpenTicket(TicketType.INCIDENT, title, "Décrit par le test", commune, null, null, null,
                "MEDIUM", "MEDIUM", null), AGENT);
    }

    @Transactional(readOnly = true)
    public long count(String sqlFrom) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM " + sqlFrom, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The index MariaDB picks for a query (EXPLAIN's {@code key} column of the first row). */
    @Transactional(readOnly = true)
    public String indexUsedBy(String select) {
        return jdbc.prepareStatement("EXPLAIN " + select, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString("key");
            }
        });
    }
}
