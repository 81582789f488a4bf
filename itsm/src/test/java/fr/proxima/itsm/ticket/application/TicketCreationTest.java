package fr.proxima.itsm.ticket.application;

import fr.proxima.itsm.OpenTicket;
import fr.proxima.itsm.TicketRef;
import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.Tickets;
import fr.proxima.itsm.idempotency.IdempotentResult;
import fr.proxima.itsm.idempotency.RequestHash;
import fr.proxima.itsm.ticket.infrastructure.TicketCriteria;
import fr.proxima.itsm.ticket.infrastructure.TicketReader;
import fr.proxima.itsm.ticket.infrastructure.TicketSort;
import fr.proxima.itsm.ticket.model.Priority;
import fr.proxima.itsm.ticket.model.Ticket;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.commune.Communes;
import fr.proxima.itsm.support.OrgFixtures;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
class TicketCreationTest extends DatabaseTest {
    static final String TALENCE = "33522";
    static final String PESSAC = "33318";
    static final AccessScope AGENT = new AccessScope("agent.can", 2L, Role.CAN_AGENT, null, null);
    static final AccessScope VIEWER_PESSAC = new AccessScope("viewer.pessac", 6L, Role.COMMUNE_VIEWER, null,
            CommuneCode.of(PESSAC));

    @Inject
    TicketCommands commands;
    @Inject
    Tickets tickets;
    @Inject
    TicketReader reader;
    @Inject
    Communes communes;
    @Inject
    OrgFixtures org;

    static OpenTicket incident(String commune, String title) {
        return new OpenTicket(TicketType.INCIDENT, title, "L'écran reste noir au démarrage", commune, null, null,
                "POSTE_MATERIEL", "MEDIUM", "HIGH", null);
    }

    @Test
    void a_talence_ticket_is_routed_to_centre_sud_numbered_and_prioritised() {
        Ticket t = commands.open(incident(TALENCE, "Écran noir"), AGENT);

        assertThat(t.id()).isPositive();
        assertThat(t.centreCode()).isEqualTo("SUD");
        assertThat(t.assignedTeam()).isEqualTo("SUD");
        assertThat(t.status()).isEqualTo(TicketStatus.NEW);
        assertThat(t.priority()).isEqualTo(Priority.P2);
        assertThat(t.number()).matches("INC-\\d{4}-\\d{6}");
        assertThat(t.version()).isNotNull();
        TicketRef ref = tickets.requireReadable(t.id(), AGENT);
        assertThat(ref.centreCode()).isEqualTo("SUD");
        assertThat(reader.history(t.id(), AGENT)).get().asList().hasSize(1);
    }

    @Test
    void numbers_count_per_type() {
        Ticket a = commands.open(incident(TALENCE, "a"), AGENT);
        Ticket b = commands.open(incident(TALENCE, "b"), AGENT);
        Ticket r = commands.open(new OpenTicket(TicketType.REQUEST, "Nouveau poste", null, TALENCE, null, null,
                "MATERIEL_POSTE", "LOW", "LOW", null), AGENT);
        long na = Long.parseLong(a.number().substring(9));
        long nb = Long.parseLong(b.number().substring(9));
        assertThat(nb).isGreaterThan(na);
        assertThat(r.number()).startsWith("DEM-");
        assertThat(r.priority()).isEqualTo(Priority.P4);
    }

    @Test
    void a_vip_requester_raises_the_priority_one_level() {
        long mayor = org.person(TALENCE, "Maire", true);
        Ticket t = commands.open(new OpenTicket(TicketType.INCIDENT, "Messagerie du maire", null, TALENCE, null,
                mayor, "MESSAGERIE", "MEDIUM", "MEDIUM", null), AGENT);
        assertThat(t.priority()).isEqualTo(Priority.P2);
        assertThat(t.vip()).isTrue();
    }

    @Test
    void unknown_commune_category_site_or_requester_outside_the_commune_is_a_400_with_field_errors() {
        long pessacAgent = org.person(PESSAC, "Dupont", false);
        long pessacSite = org.site(PESSAC, "Mairie de Pessac");
        assertThatThrownBy(() -> commands.open(new OpenTicket(TicketType.INCIDENT, "x", null, "33999", null, null,
                "NOPE", "LOW", "LOW", null), AGENT))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).extracting(ProblemException.FieldError::field)
                            .containsExactlyInAnyOrder("commune", "category");
                });
        assertThatThrownBy(() -> commands.open(new OpenTicket(TicketType.INCIDENT, "x", null, TALENCE, pessacSite,
                pessacAgent, null, "LOW", "LOW", null), AGENT))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).extracting(ProblemException.FieldError::code)
                            .containsExactly("not_in_commune", "not_in_commune");
                });
        assertThatThrownBy(() -> commands.open(new OpenTicket(TicketType.INCIDENT, "x", null, TALENCE, 999_999L,
                999_999L, null, "LOW", "LOW", null), AGENT))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fieldErrors())
                        .extracting(ProblemException.FieldError::code).containsExactly("unknown", "unknown"));
        long talenceSite = org.site(TALENCE, "Hôtel de ville de Talence");
        assertThat(commands.open(new OpenTicket(TicketType.INCIDENT, "x", null, TALENCE, talenceSite, null, null,
                "LOW", "LOW", null), AGENT).siteId()).isEqualTo(talenceSite);
        assertThatThrownBy(() -> commands.open(new OpenTicket(TicketType.INCIDENT, "t".repeat(201), null, TALENCE,
                null, null, null, "HUGE", "LOW", null), AGENT))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fieldErrors())
                        .extracting(ProblemException.FieldError::field).containsExactlyInAnyOrder("title", "impact"));
    }

    @Test
    void a_commune_viewer_cannot_open_a_ticket() {
        assertThatThrownBy(() -> commands.open(incident(PESSAC, "x"), VIEWER_PESSAC))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void a_moved_commune_routes_new_tickets_to_its_new_centre_while_old_ones_keep_theirs() {
        String begles = "33039";
        Ticket before = commands.open(incident(begles, "Avant le changement"), AGENT);
        assertThat(before.centreCode()).isEqualTo("SUD");

        communes.assignToCentre(begles, "BORDEAUX_METROPOLE", Instant.now(), "admin", "réorganisation");
        Ticket after = commands.open(incident(begles, "Après le changement"), AGENT);

        assertThat(after.centreCode()).isEqualTo("BORDEAUX_METROPOLE");
        assertThat(reader.find(before.id(), AGENT)).get().extracting(Ticket::centreCode).isEqualTo("SUD");
    }

    @Test
    void the_same_key_and_body_give_the_same_ticket_and_another_body_a_422() {
        String key = UUID.randomUUID().toString();
        OpenTicket cmd = incident(TALENCE, "Imprimante bloquée");
        String hash = RequestHash.of("body-1");
        IdempotentResult<Ticket> first = commands.open(cmd, key, hash, AGENT);
        IdempotentResult<Ticket> again = commands.open(cmd, key, hash, AGENT);

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.value().id()).isEqualTo(first.value().id());
        assertThat(again.value().number()).isEqualTo(first.value().number());
        assertThatThrownBy(() -> commands.open(incident(TALENCE, "Autre chose"), key, RequestHash.of("body-2"),
                AGENT)).isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("ITSM-2090");
                });
        // another principal may use the same key for its own request
        AccessScope admin = new AccessScope("admin", 1L, Role.ADMIN, null, null);
        assertThat(commands.open(cmd, key, hash, admin).value().id()).isNotEqualTo(first.value().id());
    }

    @Test
    void eight_concurrent_retries_with_one_key_create_exactly_one_ticket() throws Exception {
        String key = UUID.randomUUID().toString();
        String word = "concurrentretry" + Long.toHexString(System.nanoTime());
        OpenTicket cmd = incident(TALENCE, "Retry " + word);
        String hash = RequestHash.of("same-body");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IdempotentResult<Ticket>>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return commands.open(cmd, key, hash, AGENT);
            }));
        }
        start.countDown();
        Set<Long> ids = new HashSet<>();
        int created = 0;
        for (Future<IdempotentResult<Ticket>> f : futures) {
            IdempotentResult<Ticket> r = f.get();
            ids.add(r.value().id());
            created += r.replayed() ? 0 : 1;
        }
        pool.shutdown();

        assertThat(ids).hasSize(1);
        assertThat(created).isEqualTo(1);
        assertThat(reader.search(new TicketCriteria(null, null, null, null, null, null, null, null, null, null, null,
                word), TicketSort.NEWEST_FIRST, 0, 50, AGENT).totalItems()).isEqualTo(1);
    }
}
