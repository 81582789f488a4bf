package fr.proxima.itsm.call.application;

import fr.proxima.itsm.TicketRef;
import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.Tickets;
import fr.proxima.itsm.call.model.Call;
import fr.proxima.itsm.call.model.CallOutcome;
import fr.proxima.itsm.call.model.CallRuleException;
import fr.proxima.itsm.call.model.Channel;
import fr.proxima.itsm.support.ItsmFixtures;
import fr.proxima.organisation.ProblemException;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static fr.proxima.itsm.support.ItsmFixtures.ADMIN;
import static fr.proxima.itsm.support.ItsmFixtures.AGENT;
import static fr.proxima.itsm.support.ItsmFixtures.AGENT_2;
import static fr.proxima.itsm.support.ItsmFixtures.PESSAC;
import static fr.proxima.itsm.support.ItsmFixtures.TALENCE;
import static fr.proxima.itsm.support.ItsmFixtures.TECH_SUD;
import static fr.proxima.itsm.support.ItsmFixtures.VIEWER_PESSAC;
import static fr.proxima.itsm.support.ItsmFixtures.VIEWER_TALENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
class CallServiceTest extends DatabaseTest {

    @Inject
    CallService calls;
    @Inject
    Tickets tickets;
    @Inject
    ItsmFixtures fixtures;

    long talencePerson;
    long pessacPerson;

    @BeforeAll
    void people() {
        talencePerson = fixtures.person(TALENCE, "Zoé", "Martin");
        pessacPerson = fixtures.person(PESSAC, "Hugo", "Bernard");
    }

    private static Instant minutesAgo(long m) {
        return Instant.now().minus(m, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);
    }

    private NewCall incidentCall(long person, String commune, String title) {
        return new NewCall(minutesAgo(3), Channel.PHONE, person, null, null, commune, 180, "Écran noir au démarrage",
                CallOutcome.INCIDENT_CREATED, new NewCall.TicketDraft(title, "Le poste ne démarre plus", "MEDIUM",
                "HIGH", null, null), null, null);
    }

    private static NewCall simpleCall(String commune, CallOutcome outcome, Channel channel, Instant at) {
        return new NewCall(at, channel, null, "Appelant inconnu", "05 56 12 34 56", commune, 60, null, outcome, null,
                null, outcome == CallOutcome.TRANSFERRED ? "TELEPHONIE" : null);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void an_incident_call_and_its_ticket_are_created_together() {
        LoggedCall logged = calls.log(incidentCall(talencePerson, TALENCE, "Poste bloqué"), key(), AGENT);

        Call call = logged.call();
        TicketRef ticket = logged.ticket();
        assertThat(call.id()).isNotNull();
        assertThat(call.ticketId()).isEqualTo(ticket.id());
        assertThat(call.agent().username()).isEqualTo("agent.can");
        assertThat(ticket.type()).isEqualTo(TicketType.INCIDENT);
        assertThat(ticket.communeCode()).isEqualTo(TALENCE);
        assertThat(ticket.centreCode()).isEqualTo("SUD");
        assertThat(ticket.number()).startsWith("INC-");
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(calls.ofTicket(ticket.id(), AGENT)).extracting(Call::id).containsExactly(call.id());
        assertThat(calls.get(call.id(), AGENT).ticket().id()).isEqualTo(ticket.id());
    }

    @Test
    void a_request_call_opens_a_service_request() {
        NewCall c = new NewCall(minutesAgo(1), Channel.EMAIL, null, "Mme Durand", null, PESSAC, 0, null,
                CallOutcome.REQUEST_CREATED, new NewCall.TicketDraft("Nouveau compte messagerie", null, "LOW", "LOW",
                null, null), null, null);
        LoggedCall logged = calls.log(c, null, AGENT);
        assertThat(logged.ticket().type()).isEqualTo(TicketType.REQUEST);
        assertThat(logged.ticket().number()).startsWith("DEM-");
        assertThat(logged.ticket().communeCode()).isEqualTo(PESSAC);
    }

    @Test
    void a_failing_ticket_validation_leaves_no_call_behind() {
        long callsBefore = fixtures.count("itsm_call");
        long ticketsBefore = fixtures.count("itsm_ticket");
        NewCall bad = new NewCall(minutesAgo(2), Channel.PHONE, talencePerson, null, null, TALENCE, 60, null,
                CallOutcome.INCIDENT_CREATED, new NewCall.TicketDraft("Titre", null, "ENORME", "HIGH", null, null),
                null, null);

        assertThatThrownBy(() -> calls.log(bad, key(), AGENT)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).status()).isEqualTo(400);

        assertThat(fixtures.count("itsm_call")).isEqualTo(callsBefore);
        assertThat(fixtures.count("itsm_ticket")).isEqualTo(ticketsBefore);
    }

    @Test
    void the_same_key_and_body_give_the_same_call_and_ticket() {
        String key = key();
        NewCall c = incidentCall(talencePerson, TALENCE, "Imprimante HS");
        LoggedCall first = calls.log(c, key, AGENT);
        LoggedCall again = calls.log(c, key, AGENT);

        assertThat(again.call().id()).isEqualTo(first.call().id());
        assertThat(again.ticket().id()).isEqualTo(first.ticket().id());
        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(fixtures.count("itsm_call WHERE ticket_id = " + first.ticket().id())).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_is_refused_with_422() {
        String key = key();
        calls.log(incidentCall(talencePerson, TALENCE, "Scanner HS"), key, AGENT);
        assertThatThrownBy(() -> calls.log(incidentCall(talencePerson, TALENCE, "Scanner en panne"), key, AGENT))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("ITSM-2090");
                });
    }

    @Test
    void keys_belong_to_their_agent() {
        String key = key();
        LoggedCall mine = calls.log(incidentCall(talencePerson, TALENCE, "Clavier HS"), key, AGENT);
        LoggedCall theirs = calls.log(incidentCall(talencePerson, TALENCE, "Clavier HS"), key, AGENT_2);
        assertThat(theirs.call().id()).isNotEqualTo(mine.call().id());
    }

    @Test
    void eight_concurrent_retries_create_one_call_and_one_ticket() throws Exception {
        String key = key();
        String title = "Réseau coupé " + key;
        NewCall c = incidentCall(talencePerson, TALENCE, title);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LoggedCall>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return calls.log(c, key, AGENT);
            }));
        }
        start.countDown();
        Set<Long> callIds = new HashSet<>();
        Set<Long> ticketIds = new HashSet<>();
        for (Future<LoggedCall> f : futures) {
            LoggedCall l = f.get(60, TimeUnit.SECONDS);
            callIds.add(l.call().id());
            ticketIds.add(l.ticket().id());
        }
        pool.shutdown();

        assertThat(callIds).hasSize(1);
        assertThat(ticketIds).hasSize(1);
        assertThat(fixtures.count("itsm_call WHERE ticket_id = " + ticketIds.iterator().next())).isEqualTo(1);
        assertThat(fixtures.count("itsm_ticket WHERE title = '" + title + "'")).isEqualTo(1);
    }

    @Test
    void a_follow_up_links_to_a_readable_ticket_which_lists_both_calls() {
        LoggedCall opening = calls.log(incidentCall(talencePerson, TALENCE, "Téléphone muet"), key(), AGENT);
        long ticketId = opening.ticket().id();
        NewCall followUp = new NewCall(minutesAgo(0), Channel.PHONE, talencePerson, null, null, TALENCE, 45,
                "Rappelle pour savoir où en est sa demande", CallOutcome.FOLLOW_UP, null, ticketId, null);

        LoggedCall logged = calls.log(followUp, key(), AGENT);

        assertThat(logged.call().ticketId()).isEqualTo(ticketId);
        assertThat(logged.ticket().id()).isEqualTo(ticketId);
        assertThat(calls.ofTicket(ticketId, AGENT)).extracting(Call::id)
                .containsExactly(opening.call().id(), logged.call().id());
        assertThat(fixtures.count("itsm_ticket WHERE id = " + ticketId)).isEqualTo(1);
    }

    @Test
    void a_follow_up_of_an_unknown_ticket_is_404_and_leaves_no_call() {
        long before = fixtures.count("itsm_call");
        NewCall followUp = new NewCall(minutesAgo(0), Channel.PHONE, null, "Inconnu", null, TALENCE, 45, null,
                CallOutcome.FOLLOW_UP, null, 987_654_321L, null);
        assertThatThrownBy(() -> calls.log(followUp, key(), AGENT))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(fixtures.count("itsm_call")).isEqualTo(before);
    }

    @Test
    void a_follow_up_of_another_communes_ticket_is_refused() {
        long pessacTicket = calls.log(incidentCall(pessacPerson, PESSAC, "Wifi"), key(), AGENT).ticket().id();
        NewCall followUp = new NewCall(minutesAgo(0), Channel.PHONE, talencePerson, null, null, TALENCE, 45, null,
                CallOutcome.FOLLOW_UP, null, pessacTicket, null);
        assertThatThrownBy(() -> calls.log(followUp, key(), AGENT))
                .isInstanceOfSatisfying(CallRuleException.class,
                        e -> assertThat(e.breaks("ticketId.other-commune")).isTrue());
    }

    @Test
    void a_known_caller_must_call_from_their_own_commune() {
        NewCall wrong = new NewCall(minutesAgo(0), Channel.PHONE, pessacPerson, null, null, TALENCE, 45, null,
                CallOutcome.ADVICE_GIVEN, null, null, null);
        assertThatThrownBy(() -> calls.log(wrong, key(), AGENT))
                .isInstanceOfSatisfying(CallRuleException.class,
                        e -> assertThat(e.breaks("commune.not-the-callers")).isTrue());
        NewCall unknownPerson = new NewCall(minutesAgo(0), Channel.PHONE, 99_999_999L, null, null, TALENCE, 45, null,
                CallOutcome.ADVICE_GIVEN, null, null, null);
        assertThatThrownBy(() -> calls.log(unknownPerson, key(), AGENT))
                .isInstanceOfSatisfying(CallRuleException.class,
                        e -> assertThat(e.breaks("caller.person.unknown")).isTrue());
    }

    @Test
    void unknown_communes_and_teams_are_refused() {
        assertThatThrownBy(() -> calls.log(simpleCall("33999", CallOutcome.ADVICE_GIVEN, Channel.PHONE, minutesAgo(1)),
                null, AGENT)).isInstanceOfSatisfying(CallRuleException.class,
                e -> assertThat(e.breaks("commune.unknown")).isTrue());
        NewCall transfer = new NewCall(minutesAgo(1), Channel.PHONE, null, "X", null, TALENCE, 10, null,
                CallOutcome.TRANSFERRED, null, null, "PLOMBERIE");
        assertThatThrownBy(() -> calls.log(transfer, null, AGENT)).isInstanceOfSatisfying(CallRuleException.class,
                e -> assertThat(e.breaks("transferredTo.unknown")).isTrue());
    }

    @Test
    void only_can_agents_and_admins_log_calls() {
        NewCall c = simpleCall(TALENCE, CallOutcome.ADVICE_GIVEN, Channel.PHONE, minutesAgo(1));
        assertThat(calls.log(c, null, ADMIN).call().agent().username()).isEqualTo("admin");
        for (var scope : List.of(TECH_SUD, VIEWER_TALENCE)) {
            assertThatThrownBy(() -> calls.log(c, null, scope))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        }
    }

    @Test
    void a_commune_viewer_reads_only_its_communes_calls() {
        LoggedCall talence = calls.log(simpleCall(TALENCE, CallOutcome.ADVICE_GIVEN, Channel.PHONE, minutesAgo(5)),
                null, AGENT);
        LoggedCall pessac = calls.log(simpleCall(PESSAC, CallOutcome.ADVICE_GIVEN, Channel.PHONE, minutesAgo(5)),
                null, AGENT);

        assertThatThrownBy(() -> calls.get(talence.call().id(), VIEWER_PESSAC))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo(CallService.NOT_FOUND);
                });
        assertThat(calls.get(pessac.call().id(), VIEWER_PESSAC).call().communeCode()).isEqualTo(PESSAC);
        CallPage page = calls.list(new CallQuery(null, null, null, null, null, null, null, 0, 200), VIEWER_PESSAC);
        assertThat(page.items()).isNotEmpty().allMatch(c -> c.communeCode().equals(PESSAC));
        assertThat(page.total()).isEqualTo(fixtures.count("itsm_call WHERE commune_code = '" + PESSAC + "'"));
        CallPage asked = calls.list(new CallQuery(TALENCE, null, null, null, null, null, null, 0, 50), VIEWER_PESSAC);
        assertThat(asked.items()).isEmpty();
        assertThat(asked.total()).isZero();
    }

    @Test
    void a_ticket_outside_the_scope_lists_no_calls_but_a_404() {
        LoggedCall talence = calls.log(incidentCall(talencePerson, TALENCE, "Badge"), key(), AGENT);
        assertThatThrownBy(() -> calls.ofTicket(talence.ticket().id(), VIEWER_PESSAC))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(calls.ofTicket(talence.ticket().id(), VIEWER_TALENCE)).hasSize(1);
    }

    @Test
    void the_list_filters_and_pages_newest_first_in_a_stable_order() {
        String bordeaux = ItsmFixtures.BORDEAUX;
        Instant base = Instant.parse("2026-03-02T08:00:00Z");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // two calls share each instant, so the order must fall back on the id
            Instant at = base.plus(i / 2, ChronoUnit.HOURS);
            CallOutcome outcome = i % 2 == 0 ? CallOutcome.ADVICE_GIVEN : CallOutcome.TRANSFERRED;
            Channel channel = i == 4 ? Channel.WALK_IN : Channel.PHONE;
            ids.add(calls.log(simpleCall(bordeaux, outcome, channel, at), null, i == 3 ? AGENT_2 : AGENT).call().id());
        }
        CallQuery all = new CallQuery(bordeaux, null, null, null, null, base, base.plus(1, ChronoUnit.DAYS), 0, 2);
        CallPage p0 = calls.list(all, AGENT);
        CallPage p1 = calls.list(new CallQuery(bordeaux, null, null, null, null, base, base.plus(1, ChronoUnit.DAYS), 1, 2), AGENT);
        CallPage p2 = calls.list(new CallQuery(bordeaux, null, null, null, null, base, base.plus(1, ChronoUnit.DAYS), 2, 2), AGENT);
        List<Long> paged = new ArrayList<>();
        for (CallPage p : List.of(p0, p1, p2)) {
            p.items().forEach(c -> paged.add(c.id()));
            assertThat(p.total()).isEqualTo(5);
        }
        assertThat(paged).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));

        assertThat(calls.list(new CallQuery(bordeaux, null, CallOutcome.TRANSFERRED, null, null, null, null, 0, 50), AGENT)
                .items()).extracting(Call::id).containsExactly(ids.get(3), ids.get(1));
        assertThat(calls.list(new CallQuery(bordeaux, null, null, Channel.WALK_IN, null, null, null, 0, 50), AGENT)
                .items()).extracting(Call::id).containsExactly(ids.get(4));
        assertThat(calls.list(new CallQuery(bordeaux, "agent2.can", null, null, null, null, null, 0, 50), AGENT)
                .items()).extracting(Call::id).containsExactly(ids.get(3));
        assertThat(calls.list(new CallQuery(bordeaux, null, null, null, null, base.plus(1, ChronoUnit.HOURS),
                base.plus(2, ChronoUnit.HOURS), 0, 50), AGENT).items()).extracting(Call::id)
                .containsExactly(ids.get(3), ids.get(2));
    }

    @Test
    void the_list_filters_on_the_ticket() {
        LoggedCall opening = calls.log(incidentCall(talencePerson, TALENCE, "Onduleur"), key(), AGENT);
        CallPage page = calls.list(new CallQuery(null, null, null, null, opening.ticket().id(), null, null, 0, 50),
                AGENT);
        assertThat(page.items()).extracting(Call::id).containsExactly(opening.call().id());
    }

    @Test
    void a_communes_newest_calls_are_read_through_the_commune_index() {
        // the list query as the driver sends it (client-side prepared statements inline the values)
        String sql = """
                SELECT * FROM itsm_call
                 WHERE ('33318' IS NULL OR commune_code = '33318') AND (NULL IS NULL OR commune_code = NULL)
                   AND (NULL IS NULL OR agent_username = NULL) AND (NULL IS NULL OR outcome = NULL)
                 ORDER BY received_at DESC, id DESC LIMIT 50""";
        assertThat(fixtures.indexUsedBy(sql)).isEqualTo("ix_itsm_call_commune");
        assertThat(fixtures.indexUsedBy("SELECT * FROM itsm_call WHERE ticket_id = 1 ORDER BY received_at, id"))
                .isEqualTo("ix_itsm_call_ticket");
    }
}
