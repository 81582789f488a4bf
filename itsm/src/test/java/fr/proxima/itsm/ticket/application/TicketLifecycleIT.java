package fr.proxima.itsm.ticket.application;

import fr.proxima.itsm.OpenTicket;
import fr.proxima.itsm.TicketOpened;
import fr.proxima.itsm.TicketPriorityChanged;
import fr.proxima.itsm.TicketReassigned;
import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.TicketStatusChanged;
import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.Tickets;
import fr.proxima.itsm.ticket.infrastructure.HistoryEntry;
import fr.proxima.itsm.ticket.infrastructure.TicketReader;
import fr.proxima.itsm.ticket.model.PendingReason;
import fr.proxima.itsm.ticket.model.Priority;
import fr.proxima.itsm.ticket.model.ResolutionCode;
import fr.proxima.itsm.ticket.model.Ticket;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.TeamCode;
import fr.proxima.organisation.user.UserAccount;
import fr.proxima.organisation.user.UserAccounts;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lifecycle against MariaDB: permissions, versions, history, events and the automatic close. */
@MicronautTest(startApplication = false, transactional = false)
class TicketLifecycleIT extends DatabaseTest {
    static final String TALENCE = "33522";

    @Inject
    TicketCommands commands;
    @Inject
    TicketReader reader;
    @Inject
    Tickets tickets;
    @Inject
    UserAccounts users;
    @Inject
    TestClock clock;
    @Inject
    RecordedEvents events;
    @Inject
    AutoCloseJob autoClose;

    AccessScope agent;
    AccessScope tech;
    AccessScope manager;
    AccessScope techNord;
    AccessScope viewerTalence;
    AccessScope viewerPessac;
    UserAccount appsPerson;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("proxima.test.clock", "true");
    }

    @BeforeAll
    void accounts() {
        agent = scope(users.create("agent.can", "pw", "Agent", null, Role.CAN_AGENT, null, null));
        tech = scope(users.create("tech.sud", "pw", "Tech Sud", null, Role.TECHNICIAN, "SUD", null));
        manager = scope(users.create("resp.sud", "pw", "Resp Sud", null, Role.CENTRE_MANAGER, "SUD", null));
        techNord = scope(users.create("tech.nord", "pw", "Tech Nord", null, Role.TECHNICIAN, "OUEST_NORD", null));
        viewerTalence = scope(users.create("viewer.talence", "pw", "Talence", null, Role.COMMUNE_VIEWER, null,
                TALENCE));
        viewerPessac = scope(users.create("viewer.pessac", "pw", "Pessac", null, Role.COMMUNE_VIEWER, null, "33318"));
        appsPerson = users.create("dev.apps", "pw", "Dev Apps", null, Role.TECHNICIAN, "APPLICATIONS", null);
    }

    static AccessScope scope(UserAccount u) {
        return new AccessScope(u.username(), u.id(), u.role(),
                u.teamCode() == null ? null : TeamCode.of(u.teamCode()),
                u.communeCode() == null ? null : CommuneCode.of(u.communeCode()));
    }

    Ticket open() {
        return commands.open(new OpenTicket(TicketType.INCIDENT, "Imprimante du service état civil", null, TALENCE,
                null, null, "IMPRESSION_PANNE", "MEDIUM", "MEDIUM", null), agent);
    }

    static void problem(Runnable r, int status, String code) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void a_ticket_goes_from_new_to_resolved_with_history_and_events() {
        Ticket t = open();
        long id = t.id();
        t = commands.assign(id, t.version(), "SUD", tech.userId(), manager);
        assertThat(t.status()).isEqualTo(TicketStatus.ASSIGNED);
        t = commands.take(id, t.version(), tech);
        assertThat(t.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        t = commands.hold(id, t.version(), PendingReason.PART_DELIVERY, tech);
        assertThat(t.status()).isEqualTo(TicketStatus.PENDING);
        t = commands.resume(id, t.version(), tech);
        t = commands.resolve(id, t.version(), ResolutionCode.FIXED, "Four de fusion remplacé", tech);
        assertThat(t.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(t.resolvedAt()).isNotNull();

        List<HistoryEntry> history = reader.history(id, agent).orElseThrow();
        assertThat(history).filteredOn(h -> h.field().equals("status")).extracting(HistoryEntry::newValue)
                .containsExactly("NEW", "ASSIGNED", "IN_PROGRESS", "PENDING", "IN_PROGRESS", "RESOLVED");
        assertThat(history).filteredOn(h -> h.field().equals("status") && "PENDING".equals(h.newValue()))
                .extracting(HistoryEntry::actor).containsExactly("tech.sud");
        assertThat(events.of(TicketOpened.class, id)).hasSize(1);
        assertThat(events.of(TicketReassigned.class, id)).extracting(TicketReassigned::toAssignee)
                .containsExactly(tech.userId()); // taking it changes nobody
        assertThat(events.of(TicketStatusChanged.class, id)).extracting(TicketStatusChanged::to)
                .containsExactly(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.PENDING,
                        TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED);
        assertThat(events.of(TicketStatusChanged.class, id).get(2).pendingReason()).isEqualTo("PART_DELIVERY");
    }

    @Test
    void an_illegal_transition_is_a_409_naming_the_allowed_ones() {
        Ticket t = open();
        assertThatThrownBy(() -> commands.resolve(t.id(), t.version(), ResolutionCode.FIXED, "x", tech))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("ITSM-2010");
                    assertThat(e.extra()).containsEntry("allowedTransitions", List.of("assign", "take", "cancel"));
                });
    }

    @Test
    void a_stale_version_is_a_409() {
        Ticket t = open();
        Ticket taken = commands.take(t.id(), t.version(), tech);
        problem(() -> commands.hold(t.id(), t.version(), PendingReason.USER, tech), 409, "ITSM-2002");
        assertThat(commands.hold(t.id(), taken.version(), PendingReason.USER, tech).status())
                .isEqualTo(TicketStatus.PENDING);
    }

    @Test
    void who_may_change_a_ticket() {
        Ticket t = open();
        // the viewer of the commune reads it but may not change it; another commune's viewer does not see it
        assertThat(tickets.requireReadable(t.id(), viewerTalence).number()).isEqualTo(t.number());
        problem(() -> commands.take(t.id(), t.version(), viewerTalence), 403, "ITSM-2011");
        problem(() -> tickets.requireChangeable(t.id(), viewerTalence), 403, "ITSM-2011");
        problem(() -> commands.take(t.id(), t.version(), viewerPessac), 404, "ITSM-2004");
        problem(() -> tickets.requireReadable(t.id(), viewerPessac), 404, "ITSM-2004");
        // a technician of another centre does not change it; the CAN agent does not take it
        problem(() -> commands.take(t.id(), t.version(), techNord), 403, "ITSM-2011");
        problem(() -> commands.take(t.id(), t.version(), agent), 403, "ITSM-2011");
        assertThat(tickets.requireChangeable(t.id(), agent).id()).isEqualTo(t.id());
        assertThat(tickets.requireChangeable(t.id(), tech).id()).isEqualTo(t.id());

        // handed to the APPLICATIONS group: the SUD technician loses it, the SUD manager may still reassign it
        Ticket apps = commands.assign(t.id(), t.version(), "APPLICATIONS", appsPerson.id(), tech);
        assertThat(apps.centreCode()).isEqualTo("SUD");
        problem(() -> commands.take(t.id(), apps.version(), tech), 403, "ITSM-2011");
        problem(() -> commands.take(t.id(), apps.version(), manager), 403, "ITSM-2011");
        Ticket back = commands.assign(t.id(), apps.version(), "SUD", null, manager);
        assertThat(back.status()).isEqualTo(TicketStatus.NEW);
        assertThat(back.assigneeId()).isNull();
    }

    @Test
    void assigning_to_a_person_outside_the_team_or_to_an_unknown_team_is_a_400() {
        Ticket t = open();
        problem(() -> commands.assign(t.id(), t.version(), "APPLICATIONS", tech.userId(), manager), 400, "ITSM-2001");
        problem(() -> commands.assign(t.id(), t.version(), "NOWHERE", null, manager), 400, "ITSM-2001");
    }

    @Test
    void reopen_by_the_can_and_cancel_with_a_reason() {
        Ticket t = open();
        t = commands.take(t.id(), t.version(), tech);
        t = commands.resolve(t.id(), t.version(), ResolutionCode.ADVICE_GIVEN, "Explications données", tech);
        t = commands.reopen(t.id(), t.version(), "L'utilisateur rappelle : toujours en panne", agent);
        assertThat(t.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(t.resolvedAt()).isNull();
        Ticket reopened = t;
        problem(() -> commands.cancel(reopened.id(), reopened.version(), " ", agent), 400, "ITSM-2012");
        t = commands.cancel(t.id(), t.version(), "Doublon de l'appel précédent", agent);
        assertThat(t.status()).isEqualTo(TicketStatus.CANCELLED);
        Ticket cancelled = t;
        problem(() -> commands.reopen(cancelled.id(), cancelled.version(), null, agent), 409, "ITSM-2010");
    }

    @Test
    void an_edit_recomputes_the_priority_and_publishes_the_change() {
        Ticket t = open();
        assertThat(t.priority()).isEqualTo(Priority.P3);
        t = commands.edit(t.id(), t.version(), new TicketEdit("Imprimante en panne", null, null, null, null,
                "HIGH", null), agent);
        assertThat(t.priority()).isEqualTo(Priority.P2);
        assertThat(t.title()).isEqualTo("Imprimante en panne");
        assertThat(events.of(TicketPriorityChanged.class, t.id())).extracting(TicketPriorityChanged::to)
                .containsExactly("P2");
        Ticket edited = t;
        problem(() -> commands.edit(edited.id(), edited.version(), new TicketEdit(null, null, "NOPE", null, null,
                null, null), agent), 400, "ITSM-2001");
    }

    @Test
    void a_resolved_ticket_closes_after_five_business_days_with_ascension_in_between() {
        // resolved Tuesday 4 May 2027 at 10:00 Paris; Thursday 6 May is Ascension
        // (the clock is after the reference data's commune map, loaded "now")
        clock.set(Instant.parse("2027-05-04T08:00:00Z"));
        Ticket t = open();
        t = commands.take(t.id(), t.version(), tech);
        t = commands.resolve(t.id(), t.version(), ResolutionCode.FIXED, "Toner remplacé", tech);
        long id = t.id();

        // Tuesday 11 May 10:00 would be the fifth business day without the holiday
        assertThat(autoClose.run(Instant.parse("2027-05-11T08:00:00Z"))).isZero();
        assertThat(autoClose.run(Instant.parse("2027-05-12T07:59:59Z"))).isZero();
        assertThat(reader.find(id, agent).orElseThrow().status()).isEqualTo(TicketStatus.RESOLVED);

        Instant due = Instant.parse("2027-05-12T08:00:00Z");
        assertThat(autoClose.run(due)).isGreaterThanOrEqualTo(1);
        Ticket closed = reader.find(id, agent).orElseThrow();
        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(due);
        assertThat(autoClose.run(due.plusSeconds(3600))).isZero();
        assertThat(reader.history(id, agent).orElseThrow()).filteredOn(h -> h.field().equals("status"))
                .last().satisfies(h -> {
                    assertThat(h.newValue()).isEqualTo("CLOSED");
                    assertThat(h.actor()).isEqualTo(AccessScope.SYSTEM);
                });
    }

    @Test
    void a_reopened_ticket_is_not_closed_automatically() {
        clock.set(Instant.parse("2027-06-01T08:00:00Z"));
        Ticket t = open();
        t = commands.take(t.id(), t.version(), tech);
        t = commands.resolve(t.id(), t.version(), ResolutionCode.FIXED, "ok", tech);
        clock.set(Instant.parse("2027-06-03T08:00:00Z"));
        t = commands.reopen(t.id(), t.version(), null, agent);
        autoClose.run(Instant.parse("2027-06-30T08:00:00Z"));
        assertThat(reader.find(t.id(), agent).orElseThrow().status()).isEqualTo(TicketStatus.IN_PROGRESS);
    }
}
