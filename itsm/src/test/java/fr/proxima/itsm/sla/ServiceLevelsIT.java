package fr.proxima.itsm.sla;

import fr.proxima.itsm.OpenTicket;
import fr.proxima.itsm.ServiceLevels;
import fr.proxima.itsm.ServiceLevels.Target;
import fr.proxima.itsm.ServiceLevels.TicketServiceLevel;
import fr.proxima.itsm.SlaEscalated;
import fr.proxima.itsm.SlaState;
import fr.proxima.itsm.SlaTargetKind;
import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.calendar.catalogue.CalendarDefinition;
import fr.proxima.itsm.calendar.catalogue.Calendars;
import fr.proxima.itsm.contract.Contract;
import fr.proxima.itsm.contract.Contracts;
import fr.proxima.itsm.sla.application.Escalations;
import fr.proxima.itsm.sla.application.SlaRefreshJob;
import fr.proxima.itsm.sla.model.Targets;
import fr.proxima.itsm.ticket.application.TestClock;
import fr.proxima.itsm.ticket.application.TicketCommands;
import fr.proxima.itsm.ticket.application.TicketEdit;
import fr.proxima.itsm.ticket.infrastructure.TicketCriteria;
import fr.proxima.itsm.ticket.infrastructure.TicketReader;
import fr.proxima.itsm.ticket.infrastructure.TicketSort;
import fr.proxima.itsm.ticket.model.PendingReason;
import fr.proxima.itsm.ticket.model.ResolutionCode;
import fr.proxima.itsm.ticket.model.Ticket;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.TeamCode;
import fr.proxima.organisation.commune.Communes;
import fr.proxima.organisation.user.UserAccount;
import fr.proxima.organisation.user.UserAccounts;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service-level clock against MariaDB: ticket changes drive it, contracts and calendars feed it. */
@MicronautTest(startApplication = false, transactional = false)
class ServiceLevelsIT extends DatabaseTest {
    static final String TALENCE = "33522";
    static final String PESSAC = "33318";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    TicketCommands commands;
    @Inject
    TicketReader reader;
    @Inject
    ServiceLevels levels;
    @Inject
    SlaRefreshJob refresh;
    @Inject
    Escalations escalations;
    @Inject
    Contracts contracts;
    @Inject
    Calendars calendars;
    @Inject
    Communes communes;
    @Inject
    UserAccounts users;
    @Inject
    TestClock clock;
    @Inject
    Heard heard;

    AccessScope agent;
    AccessScope tech;
    AccessScope viewerTalence;
    AccessScope viewerPessac;
    final AccessScope admin = AccessScope.system();

    @Singleton
    static class Heard {
        final List<SlaEscalated> escalations = Collections.synchronizedList(new ArrayList<>());

        @EventListener
        void on(SlaEscalated e) {
            escalations.add(e);
        }
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("proxima.test.clock", "true", "proxima.sla.refresh-initial-delay", "1h");
    }

    @BeforeAll
    void accounts() {
        agent = scope(users.create("agent.can", "pw", "Agent", null, Role.CAN_AGENT, null, null));
        tech = scope(users.create("tech.sud", "pw", "Tech Sud", null, Role.TECHNICIAN, "SUD", null));
        viewerTalence = scope(users.create("viewer.talence", "pw", "Talence", null, Role.COMMUNE_VIEWER, null,
                TALENCE));
        viewerPessac = scope(users.create("viewer.pessac", "pw", "Pessac", null, Role.COMMUNE_VIEWER, null, PESSAC));
    }

    static AccessScope scope(UserAccount u) {
        return new AccessScope(u.username(), u.id(), u.role(),
                u.teamCode() == null ? null : TeamCode.of(u.teamCode()),
                u.communeCode() == null ? null : CommuneCode.of(u.communeCode()));
    }

    static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(PARIS).toInstant();
    }

    Ticket open(String commune, String impact, String urgency) {
        return commands.open(new OpenTicket(TicketType.INCIDENT, "Imprimante hors service", null, commune, null, null,
                null, impact, urgency, null), agent);
    }

    static Target target(TicketServiceLevel l, SlaTargetKind kind) {
        return l.targets().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void a_ticket_life_pauses_resumes_and_retargets_the_clock_and_every_segment_is_kept() {
        clock.set(paris("2027-03-01T09:00")); // a Monday
        Ticket t = open(TALENCE, "MEDIUM", "MEDIUM"); // P3: 240 / 1440
        TicketServiceLevel l = levels.forTicket(t.id(), agent);
        assertThat(l.priority()).isEqualTo("P3");
        assertThat(l.contractVersion()).isEqualTo(1);
        assertThat(target(l, SlaTargetKind.TAKE_CHARGE).due()).isEqualTo(paris("2027-03-01T14:30"));
        assertThat(target(l, SlaTargetKind.RESOLUTION).targetMinutes()).isEqualTo(1440);

        clock.set(paris("2027-03-01T10:00"));
        t = commands.take(t.id(), t.version(), tech);
        clock.set(paris("2027-03-01T11:00"));
        t = commands.hold(t.id(), t.version(), PendingReason.SUPPLIER, tech);
        clock.set(paris("2027-03-03T10:00")); // two days later
        l = levels.forTicket(t.id(), agent);
        assertThat(target(l, SlaTargetKind.TAKE_CHARGE).state()).isEqualTo(SlaState.MET);
        assertThat(target(l, SlaTargetKind.RESOLUTION).consumedMinutes()).isEqualTo(120);
        assertThat(target(l, SlaTargetKind.RESOLUTION).due()).isNull();
        assertThat(target(l, SlaTargetKind.RESOLUTION).running()).isFalse();
        t = commands.resume(t.id(), t.version(), tech);

        clock.set(paris("2027-03-03T11:00"));
        // reclassified: HIGH x HIGH = P1, 240 minutes for the whole life; 180 already spent
        t = commands.edit(t.id(), t.version(), new TicketEdit(null, null, null, null, null, "HIGH", "HIGH"), tech);
        l = levels.forTicket(t.id(), agent);
        assertThat(l.priority()).isEqualTo("P1");
        Target resolution = target(l, SlaTargetKind.RESOLUTION);
        assertThat(resolution.targetMinutes()).isEqualTo(240);
        assertThat(resolution.consumedMinutes()).isEqualTo(180);
        assertThat(resolution.state()).isEqualTo(SlaState.AT_RISK);
        assertThat(resolution.due()).isEqualTo(paris("2027-03-03T12:00"));
        assertThat(l.segments()).extracting(ServiceLevels.Segment::phase)
                .containsExactly("RUNNING", "PAUSED", "RUNNING");
        assertThat(l.segments().get(1).reason()).isEqualTo("SUPPLIER");
        assertThat(l.segments().get(1).actor()).isEqualTo("tech.sud");

        // the escalation to the centre manager was recorded with the change, once
        assertThat(escalations.ofTicket(t.id(), agent)).extracting(e -> e.level())
                .containsExactly(SlaState.AT_RISK);
        refresh.run(paris("2027-03-03T11:30"));
        refresh.run(paris("2027-03-03T11:45"));
        assertThat(escalations.ofTicket(t.id(), agent)).hasSize(1);
        refresh.run(paris("2027-03-03T13:31"));
        refresh.run(paris("2027-03-03T14:00"));
        assertThat(escalations.ofTicket(t.id(), agent)).extracting(e -> e.level())
                .containsExactly(SlaState.AT_RISK, SlaState.BREACHED);
        var breach = escalations.ofTicket(t.id(), agent).get(1);
        assertThat(breach.reachedAt()).isEqualTo(paris("2027-03-03T12:00"));
        assertThat(breach.recipients()).containsExactly("CENTRE_MANAGER:SUD", "HEAD_OF_PROXIMITY");
        long id = t.id();
        assertThat(heard.escalations).filteredOn(e -> e.ticketId() == id).hasSize(2);

        // the stored summary follows the refresh
        var summary = levels.summaries(List.of(t.id()), agent).get(t.id());
        assertThat(summary.resolutionState()).isEqualTo(SlaState.BREACHED);

        // resolved late: stays breached; reopened: the clock runs again from what was spent
        clock.set(paris("2027-03-03T15:00"));
        t = commands.resolve(t.id(), t.version(), ResolutionCode.values()[0], "Toner remplacé", tech);
        l = levels.forTicket(t.id(), agent);
        assertThat(target(l, SlaTargetKind.RESOLUTION).state()).isEqualTo(SlaState.BREACHED);
        assertThat(target(l, SlaTargetKind.RESOLUTION).completedAt()).isEqualTo(paris("2027-03-03T15:00"));
        clock.set(paris("2027-03-04T09:00"));
        t = commands.reopen(t.id(), t.version(), "Toujours en panne", agent);
        clock.set(paris("2027-03-04T09:30"));
        l = levels.forTicket(t.id(), agent);
        assertThat(target(l, SlaTargetKind.RESOLUTION).consumedMinutes()).isEqualTo(180 + 60 + 90 + 30);
        assertThat(target(l, SlaTargetKind.RESOLUTION).state()).isEqualTo(SlaState.BREACHED);
        assertThat(l.segments()).extracting(ServiceLevels.Segment::phase)
                .containsExactly("RUNNING", "PAUSED", "RUNNING", "STOPPED", "RUNNING");

        // replay as it stood before the reclassification
        var before = ((fr.proxima.itsm.sla.application.ServiceLevelsFacade) levels)
                .at(t.id(), paris("2027-03-03T10:30"), agent);
        assertThat(before.priority()).isEqualTo("P3");
        assertThat(target(before, SlaTargetKind.RESOLUTION).state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(target(before, SlaTargetKind.RESOLUTION).consumedMinutes()).isEqualTo(150);
    }

    @Test
    void the_clock_is_read_within_the_commune_scope() {
        clock.set(paris("2027-03-08T09:00"));
        Ticket t = open(TALENCE, "LOW", "LOW");
        assertThat(levels.forTicket(t.id(), viewerTalence).number()).isEqualTo(t.number());
        assertThatThrownBy(() -> levels.forTicket(t.id(), viewerPessac))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(404));
        assertThat(levels.summaries(List.of(t.id()), viewerPessac)).isEmpty();
        assertThat(levels.summaries(List.of(t.id()), viewerTalence)).containsKey(t.id());
        // a Talence escalation (a late reclassification to P1) is listed for Talence, never for Pessac
        clock.set(paris("2027-03-08T13:45"));
        Ticket raised = commands.edit(t.id(), t.version(), new TicketEdit(null, null, null, null, null, "HIGH",
                "HIGH"), agent);
        assertThat(escalations.page(viewerTalence, null, null, null, null, 0, 200))
                .anyMatch(e -> e.ticketId() == raised.id());
        assertThat(escalations.page(viewerPessac, null, null, null, null, 0, 200))
                .noneMatch(e -> e.ticketId() == raised.id())
                .allMatch(e -> e.communeCode().equals(PESSAC));
    }

    @Test
    void a_revised_contract_applies_to_new_tickets_only() {
        clock.set(paris("2027-03-15T09:00"));
        Ticket before = open(PESSAC, "HIGH", "MEDIUM"); // P2
        Contract v1 = contracts.current(PESSAC, admin).orElseThrow();
        List<Contract.Target> targets = new ArrayList<>();
        for (Contract.Target x : v1.targets()) {
            targets.add(new Contract.Target(x.type(), x.priority(), x.priority().equals("P2")
                    ? Targets.of(15, 120) : x.targets()));
        }
        Contract v2 = contracts.revise(PESSAC, v1.version(), new Contracts.Revision("STANDARD", 80, "Avenant", targets),
                admin);
        assertThat(v2.version()).isEqualTo(v1.version() + 1);
        assertThatThrownBy(() -> contracts.revise(PESSAC, v1.version(), new Contracts.Revision("STANDARD", 80, null,
                targets), admin)).isInstanceOfSatisfying(ProblemException.class,
                p -> assertThat(p.code()).isEqualTo("ITSM-2312"));
        Ticket after = open(PESSAC, "HIGH", "MEDIUM");
        TicketServiceLevel old = levels.forTicket(before.id(), agent);
        TicketServiceLevel fresh = levels.forTicket(after.id(), agent);
        assertThat(old.contractVersion()).isEqualTo(v1.version());
        assertThat(target(old, SlaTargetKind.RESOLUTION).targetMinutes()).isEqualTo(480);
        assertThat(fresh.contractVersion()).isEqualTo(v2.version());
        assertThat(fresh.atRiskPercent()).isEqualTo(80);
        assertThat(target(fresh, SlaTargetKind.RESOLUTION).targetMinutes()).isEqualTo(120);
        assertThat(contracts.versions(PESSAC, viewerTalence)).isEmpty();
        assertThat(contracts.current(PESSAC, viewerPessac)).isPresent();
        assertThat(contracts.current(Contracts.DEFAULT, viewerPessac)).isEmpty();
    }

    @Test
    void a_commune_that_joins_gets_a_copy_of_the_default_contract() {
        communes.create(admin, new Communes.NewCommune("33999", "Saint-Test-sur-Garonne", 1200, true, null, null,
                "SUD"));
        Contract c = contracts.current("33999", admin).orElseThrow();
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.id()).isPositive();
        assertThat(c.targets()).hasSize(8);
    }

    @Test
    void queues_sort_by_time_left() {
        clock.set(paris("2027-03-22T09:00"));
        Ticket low = open(TALENCE, "LOW", "LOW"); // P4
        Ticket high = open(TALENCE, "HIGH", "HIGH"); // P1
        Ticket mid = open(TALENCE, "MEDIUM", "MEDIUM"); // P3
        var page = reader.search(new TicketCriteria.Builder().commune(TALENCE).build(),
                TicketSort.parse("timeLeft"), 0, 50, agent);
        List<Long> ids = page.items().stream().map(Ticket::id).filter(i -> i == low.id() || i == high.id()
                || i == mid.id()).toList();
        assertThat(ids).containsExactly(high.id(), mid.id(), low.id());
    }

    @Test
    void calendars_never_rewrite_the_past_and_future_closures_move_due_dates() {
        clock.set(paris("2027-04-01T09:00"));
        CalendarDefinition std = calendars.find("STANDARD").orElseThrow();
        assertThatThrownBy(() -> calendars.update("STANDARD", std.version(), new Calendars.CalendarChange(null, null,
                null, List.of(new CalendarDefinition.Closure(LocalDate.of(2027, 3, 31), "Hier"))), admin))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.fieldErrors())
                        .anyMatch(f -> f.field().equals("closures") && f.code().equals("past")));
        assertThatThrownBy(() -> calendars.update("STANDARD", std.version(), new Calendars.CalendarChange(null,
                std.schedules().get(0).windows(), LocalDate.of(2027, 4, 1), null), admin))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.fieldErrors())
                        .anyMatch(f -> f.field().equals("windowsValidFrom")));
        Instant due = calendars.require("STANDARD").plusBusinessMinutes(paris("2027-04-01T17:00"), 60);
        assertThat(due).isEqualTo(paris("2027-04-02T08:30"));
        calendars.update("STANDARD", std.version(), new Calendars.CalendarChange(null, null, null,
                List.of(new CalendarDefinition.Closure(LocalDate.of(2027, 4, 2), "Pont"))), admin);
        assertThat(calendars.require("STANDARD").plusBusinessMinutes(paris("2027-04-01T17:00"), 60))
                .isEqualTo(paris("2027-04-05T08:30")); // Friday 2 April closed: Monday morning
        assertThatThrownBy(() -> calendars.update("STANDARD", std.version(), new Calendars.CalendarChange("x", null,
                null, null), admin)).isInstanceOfSatisfying(ProblemException.class,
                p -> assertThat(p.code()).isEqualTo("ITSM-2302"));
    }
}
