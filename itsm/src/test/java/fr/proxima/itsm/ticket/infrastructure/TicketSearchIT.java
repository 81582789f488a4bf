package fr.proxima.itsm.ticket.infrastructure;

import fr.proxima.itsm.OpenTicket;
import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.ticket.application.TicketCommands;
import fr.proxima.itsm.ticket.model.Priority;
import fr.proxima.itsm.ticket.model.Ticket;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.Role;
import fr.proxima.itsm.support.OrgFixtures;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Search filters, full text, paging and the scope, against MariaDB. */
@MicronautTest(startApplication = false, transactional = false)
class TicketSearchIT extends DatabaseTest {
    static final String TALENCE = "33522";
    static final String PESSAC = "33318";
    static final String BORDEAUX = "33063";
    static final AccessScope AGENT = new AccessScope("agent.can", 2L, Role.CAN_AGENT, null, null);
    static final AccessScope ADMIN = new AccessScope("admin", 1L, Role.ADMIN, null, null);
    static final AccessScope VIEWER_PESSAC = new AccessScope("viewer.pessac", 6L, Role.COMMUNE_VIEWER, null,
            CommuneCode.of(PESSAC));

    @Inject
    TicketCommands commands;
    @Inject
    TicketReader reader;
    @Inject
    OrgFixtures org;
    @Inject
    ExplainHelper explain;

    Ticket printerTalence;
    Ticket laptopTalence;
    Ticket printerPessac;
    Ticket wifiBordeaux;
    Instant afterFirstTwo;
    long requester;

    @BeforeAll
    void tickets() throws InterruptedException {
        requester = org.person(TALENCE, "Martin", false);
        printerTalence = commands.open(new OpenTicket(TicketType.INCIDENT, "Imprimante bloquée au service finances",
                "Bourrage papier répété sur le copieur du 2e étage", TALENCE, null, requester, "IMPRESSION_PANNE",
                "MEDIUM", "MEDIUM", null), AGENT);
        laptopTalence = commands.open(new OpenTicket(TicketType.REQUEST, "Nouveau PC portable pour l'accueil",
                "Arrivée d'un agent le 1er décembre", TALENCE, null, null, "MATERIEL_POSTE", "LOW", "LOW", null),
                AGENT);
        Thread.sleep(5);
        afterFirstTwo = Instant.now();
        Thread.sleep(5);
        printerPessac = commands.open(new OpenTicket(TicketType.INCIDENT, "Imprimante hors service",
                "Le copieur de la médiathèque affiche une erreur", PESSAC, null, null, "IMPRESSION", "HIGH", "HIGH",
                null), AGENT);
        wifiBordeaux = commands.open(new OpenTicket(TicketType.INCIDENT, "Wi-Fi lent en salle du conseil", null,
                BORDEAUX, null, null, "RESEAU_WIFI", "MEDIUM", "LOW", null), AGENT);
        commands.take(printerPessac.id(), printerPessac.version(), ADMIN);
    }

    static TicketCriteria.Builder where() {
        return new TicketCriteria.Builder();
    }

    List<String> numbers(TicketCriteria c, AccessScope scope) {
        return reader.search(c, TicketSort.NEWEST_FIRST, 0, 200, scope).items().stream().map(Ticket::number)
                .toList();
    }

    long count(TicketCriteria c, AccessScope scope) {
        return reader.search(c, TicketSort.NEWEST_FIRST, 0, 200, scope).totalItems();
    }

    @Test
    void filters_by_commune_centre_team_type_priority_requester_and_category_with_its_children() {
        assertThat(numbers(where().commune(TALENCE).build(), AGENT))
                .containsExactly(laptopTalence.number(), printerTalence.number());
        assertThat(count(where().centre("SUD").build(), AGENT)).isEqualTo(3);
        assertThat(count(where().centre("BORDEAUX_METROPOLE").build(), AGENT)).isEqualTo(1);
        assertThat(count(where().team("SUD").build(), AGENT)).isEqualTo(3);
        assertThat(numbers(where().type(TicketType.REQUEST).build(), AGENT)).containsExactly(laptopTalence.number());
        assertThat(numbers(where().priorities(EnumSet.of(Priority.P1)).build(), AGENT))
                .containsExactly(printerPessac.number());
        assertThat(numbers(where().requester(requester).build(), AGENT)).containsExactly(printerTalence.number());
        assertThat(numbers(where().categories(Set.of("IMPRESSION", "IMPRESSION_PANNE")).build(), AGENT))
                .containsExactly(printerPessac.number(), printerTalence.number());
        assertThat(numbers(where().assignee(ADMIN.userId()).build(), AGENT)).containsExactly(printerPessac.number());
    }

    @Test
    void filters_by_one_or_several_statuses_and_by_creation_dates() {
        assertThat(numbers(where().statuses(EnumSet.of(TicketStatus.IN_PROGRESS)).build(), AGENT))
                .containsExactly(printerPessac.number());
        assertThat(count(where().statuses(EnumSet.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS)).build(), AGENT))
                .isEqualTo(4);
        assertThat(count(where().statuses(EnumSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED,
                TicketStatus.IN_PROGRESS, TicketStatus.PENDING)).build(), AGENT)).isEqualTo(4);
        assertThat(count(where().statuses(EnumSet.of(TicketStatus.RESOLVED)).build(), AGENT)).isZero();
        assertThat(numbers(where().createdTo(afterFirstTwo).build(), AGENT))
                .containsExactly(laptopTalence.number(), printerTalence.number());
        assertThat(count(where().createdFrom(afterFirstTwo).build(), AGENT)).isEqualTo(2);
    }

    @Test
    void full_text_finds_words_prefixes_and_short_words() {
        assertThat(numbers(where().q("imprimante").build(), AGENT))
                .containsExactly(printerPessac.number(), printerTalence.number());
        assertThat(count(where().q("IMPRIM").build(), AGENT)).isEqualTo(2);
        assertThat(numbers(where().q("copieur médiathèque").build(), AGENT)).containsExactly(printerPessac.number());
        assertThat(numbers(where().q("PC").build(), AGENT)).containsExactly(laptopTalence.number());
        assertThat(numbers(where().q("salle du conseil").build(), AGENT)).containsExactly(wifiBordeaux.number());
        assertThat(count(where().q("+-*\"()~<>@").build(), AGENT)).isEqualTo(4);
        assertThat(count(where().q("introuvablexyz").build(), AGENT)).isZero();
        assertThat(numbers(where().q(" " + printerPessac.number().toLowerCase() + " ").build(), AGENT))
                .containsExactly(printerPessac.number());
        assertThat(count(where().q(printerTalence.number()).build(), VIEWER_PESSAC)).isZero();
    }

    @Test
    void paging_is_stable_and_covers_every_ticket_once() {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            TicketPage<Ticket> p = reader.search(TicketCriteria.none(), TicketSort.NEWEST_FIRST, page, 1, AGENT);
            assertThat(p.totalItems()).isEqualTo(4);
            assertThat(p.totalPages()).isEqualTo(4);
            seen.add(p.items().get(0).number());
        }
        assertThat(seen).containsExactly(wifiBordeaux.number(), printerPessac.number(), laptopTalence.number(),
                printerTalence.number());
        assertThat(reader.search(TicketCriteria.none(), TicketSort.NEWEST_FIRST, 4, 1, AGENT).items()).isEmpty();
        List<String> byPriority = reader.search(TicketCriteria.none(), TicketSort.parse("priority"), 0, 10, AGENT)
                .items().stream().map(Ticket::number).toList();
        assertThat(byPriority.get(0)).isEqualTo(printerPessac.number());
        assertThat(byPriority).containsExactly(printerPessac.number(), printerTalence.number(),
                laptopTalence.number(), wifiBordeaux.number()); // P1, P3, then the two P4 oldest first
    }

    @Test
    void a_commune_viewer_finds_only_its_commune_s_tickets_and_counts_nothing_else() {
        assertThat(numbers(TicketCriteria.none(), VIEWER_PESSAC)).containsExactly(printerPessac.number());
        assertThat(count(where().commune(TALENCE).build(), VIEWER_PESSAC)).isZero();
        assertThat(count(where().q("imprimante").build(), VIEWER_PESSAC)).isEqualTo(1);
        assertThat(reader.find(printerTalence.id(), VIEWER_PESSAC)).isEmpty();
        assertThat(reader.findByNumber(printerTalence.number(), VIEWER_PESSAC)).isEmpty();
        assertThat(reader.history(printerTalence.id(), VIEWER_PESSAC)).isEmpty();
        List<String> exported = new ArrayList<>();
        int n = reader.forEach(TicketCriteria.none(), TicketSort.NEWEST_FIRST, 1000, VIEWER_PESSAC,
                t -> exported.add(t.number()));
        assertThat(n).isEqualTo(1);
        assertThat(exported).containsExactly(printerPessac.number());
    }

    @Test
    void the_queries_can_use_the_indexes_designed_for_them() {
        assertThat(explain.possibleKeys(where().commune(TALENCE).statuses(EnumSet.of(TicketStatus.NEW,
                TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.PENDING)).build(), null))
                .contains("ix_itsm_ticket_commune_open");
        assertThat(explain.possibleKeys(where().centre("SUD").build(), null)).contains("ix_itsm_ticket_centre_open");
        assertThat(explain.possibleKeys(TicketCriteria.none(), PESSAC)).contains("ix_itsm_ticket_commune_open");
        assertThat(explain.table(where().q("imprimante").build(), null)).isEqualTo("k");
        assertThat(explain.possibleKeys(where().q("imprimante").build(), null)).contains("PRIMARY");
    }

    /** EXPLAIN of the search SQL (reads the plan, not the data). */
    @jakarta.inject.Singleton
    @Connectable
    static class ExplainHelper {
        private final JdbcOperations jdbc;

        ExplainHelper(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        String possibleKeys(TicketCriteria c, String scopeCommune) {
            return column(c, scopeCommune, "possible_keys");
        }

        String table(TicketCriteria c, String scopeCommune) {
            return column(c, scopeCommune, "table");
        }

        private String column(TicketCriteria c, String scopeCommune, String column) {
            TicketSearchSql sql = TicketSearchSql.of(c, scopeCommune);
            return jdbc.prepareStatement("EXPLAIN SELECT t.*" + sql.from + sql.where
                    + " ORDER BY " + sql.orderBy(TicketSort.NEWEST_FIRST) + " LIMIT 50", ps -> {
                sql.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    String v = rs.getString(column);
                    return v == null ? "" : v;
                }
            });
        }
    }
}
