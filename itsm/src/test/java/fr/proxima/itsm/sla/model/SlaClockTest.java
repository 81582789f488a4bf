package fr.proxima.itsm.sla.model;

import fr.proxima.itsm.SlaState;
import fr.proxima.itsm.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The service-level clock of one ticket, scenario by scenario (standard calendar, Paris wall-clock times). */
class SlaClockTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final BusinessCalendar CALENDAR = BusinessCalendar.standard();
    private static final Targets P2_INCIDENT = Targets.of(60, 480);
    private static final Targets P1_INCIDENT = Targets.of(30, 240);
    private static final Targets P3_INCIDENT = Targets.of(240, 1440);

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    private final List<ClockEvent> events = new ArrayList<>();

    private SlaClockTest opened(String at, String priority, Targets targets) {
        events.add(ClockEvent.start(paris(at), "agent.can", priority, targets));
        return this;
    }

    private SlaClockTest then(ClockEvent e) {
        events.add(e);
        return this;
    }

    private ClockEvaluation at(String now) {
        return SlaClock.evaluate(events, CALENDAR, 75, paris(now));
    }

    @Test
    void a_ticket_opened_on_monday_morning_is_due_the_next_morning_across_the_lunch_break() {
        opened("2026-03-02T09:00", "P2", P2_INCIDENT);
        ClockEvaluation e = at("2026-03-02T09:20");
        assertThat(e.takeCharge().due()).isEqualTo(paris("2026-03-02T10:00"));
        assertThat(e.resolution().due()).isEqualTo(paris("2026-03-03T09:00"));
        assertThat(e.resolution().consumedMinutes()).isEqualTo(20);
        assertThat(e.resolution().remainingMinutes()).isEqualTo(460);
        assertThat(e.takeCharge().state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(e.resolution().running()).isTrue();
    }

    @Test
    void a_ticket_opened_on_saturday_starts_counting_on_monday_at_opening() {
        opened("2026-03-07T10:00", "P2", P2_INCIDENT);
        ClockEvaluation e = at("2026-03-09T07:59");
        assertThat(e.resolution().consumedSeconds()).isZero();
        assertThat(e.takeCharge().due()).isEqualTo(paris("2026-03-09T09:00"));
    }

    @Test
    void ascension_thursday_is_not_counted() {
        opened("2026-05-13T17:00", "P2", P2_INCIDENT);
        assertThat(at("2026-05-13T17:05").resolution().due()).isEqualTo(paris("2026-05-15T17:00"));
    }

    @Test
    void easter_monday_and_whit_monday_and_the_first_and_eighth_of_may_are_not_counted() {
        opened("2026-04-03T17:00", "P2", P2_INCIDENT); // Friday before Easter; Easter Monday is 6 April
        assertThat(at("2026-04-03T17:00").resolution().due()).isEqualTo(paris("2026-04-07T17:00"));
        events.clear();
        opened("2026-05-22T17:00", "P2", P2_INCIDENT); // Friday before Whit Monday (25 May)
        assertThat(at("2026-05-22T17:00").resolution().due()).isEqualTo(paris("2026-05-26T17:00"));
        events.clear();
        opened("2026-04-30T17:00", "P4", Targets.of(480, 2400)); // Thursday; 1 May and 8 May are Fridays
        // 30 min on Thursday, Mon 4 to Thu 7 (4 x 480), then 450 minutes on Monday 11
        assertThat(at("2026-04-30T17:00").resolution().due()).isEqualTo(paris("2026-05-11T17:00"));
    }

    @Test
    void bastille_day_is_not_counted() {
        opened("2026-07-13T17:00", "P1", P1_INCIDENT); // Monday; 14 July is a Tuesday
        assertThat(at("2026-07-13T17:00").resolution().due()).isEqualTo(paris("2026-07-15T11:30"));
    }

    @Test
    void the_spring_daylight_saving_weekend_keeps_the_windows_in_wall_clock_time() {
        opened("2026-03-27T17:00", "P2", P2_INCIDENT); // Friday; clocks go forward on Sunday 29 March
        ClockEvaluation e = at("2026-03-27T17:10");
        assertThat(e.takeCharge().due()).isEqualTo(paris("2026-03-30T08:30"));
        assertThat(e.takeCharge().due()).isEqualTo(Instant.parse("2026-03-30T06:30:00Z"));
    }

    @Test
    void a_pause_over_the_night_and_the_weekend_keeps_the_time_already_spent() {
        opened("2026-03-06T16:00", "P2", P2_INCIDENT) // Friday
                .then(ClockEvent.takeCharge(paris("2026-03-06T16:10"), "tech.sud"))
                .then(ClockEvent.pause(paris("2026-03-06T16:30"), "tech.sud", "SUPPLIER"))
                .then(ClockEvent.resume(paris("2026-03-09T10:00"), "tech.sud")); // Monday
        ClockEvaluation e = at("2026-03-09T11:00");
        assertThat(e.resolution().consumedMinutes()).isEqualTo(30 + 60);
        assertThat(e.takeCharge().state()).isEqualTo(SlaState.MET);
        assertThat(e.takeCharge().consumedMinutes()).isEqualTo(10);
        // 450 minutes left from Monday 10:00: 120 before noon, 240 in the afternoon, 90 on Tuesday morning
        assertThat(e.resolution().due()).isEqualTo(paris("2026-03-10T09:30"));
        assertThat(e.segments()).extracting(Segment::phase)
                .containsExactly(Phase.RUNNING, Phase.PAUSED, Phase.RUNNING);
        assertThat(e.segments().get(1).reason()).isEqualTo("SUPPLIER");
    }

    @Test
    void a_pause_over_a_public_holiday_counts_neither_the_pause_nor_the_holiday() {
        opened("2026-05-13T09:00", "P2", P2_INCIDENT) // Wednesday before Ascension (Thursday 14 May)
                .then(ClockEvent.takeCharge(paris("2026-05-13T09:30"), "tech.sud"))
                .then(ClockEvent.pause(paris("2026-05-13T16:00"), "tech.sud", "PART_DELIVERY"))
                .then(ClockEvent.resume(paris("2026-05-15T10:00"), "tech.sud"));
        ClockEvaluation e = at("2026-05-15T11:00");
        assertThat(e.resolution().consumedMinutes()).isEqualTo(180 + 150 + 60);
        assertThat(e.resolution().due()).isEqualTo(paris("2026-05-15T14:00"));
        assertThat(e.resolution().state()).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void while_paused_nothing_is_consumed_and_the_due_date_is_unknown_until_the_clock_runs_again() {
        opened("2026-03-02T09:00", "P2", P2_INCIDENT)
                .then(ClockEvent.takeCharge(paris("2026-03-02T09:05"), "tech.sud"))
                .then(ClockEvent.pause(paris("2026-03-02T10:00"), "tech.sud", "USER"));
        ClockEvaluation e = at("2026-03-04T15:00");
        assertThat(e.resolution().consumedMinutes()).isEqualTo(60);
        assertThat(e.resolution().due()).isNull();
        assertThat(e.resolution().dueIfResumedNow()).isEqualTo(paris("2026-03-05T14:00"));
        assertThat(e.resolution().running()).isFalse();
        assertThat(e.phase()).isEqualTo(Phase.PAUSED);
    }

    @Test
    void three_quarters_of_the_target_consumed_puts_the_target_at_risk_and_beyond_it_breached() {
        opened("2026-03-02T08:00", "P1", P1_INCIDENT);
        assertThat(at("2026-03-02T08:22").takeCharge().state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(at("2026-03-02T08:23").takeCharge().state()).isEqualTo(SlaState.AT_RISK);
        assertThat(at("2026-03-02T08:30").takeCharge().state()).isEqualTo(SlaState.AT_RISK);
        ClockEvaluation late = at("2026-03-02T08:31");
        assertThat(late.takeCharge().state()).isEqualTo(SlaState.BREACHED);
        assertThat(late.takeCharge().breachedAt()).isEqualTo(paris("2026-03-02T08:30"));
    }

    @Test
    void a_breached_target_stays_breached_after_the_resolution() {
        opened("2026-03-02T08:00", "P1", P1_INCIDENT)
                .then(ClockEvent.takeCharge(paris("2026-03-02T08:10"), "tech.sud"))
                .then(ClockEvent.stop(paris("2026-03-02T15:00"), "tech.sud", ClockEvent.RESOLVED));
        ClockEvaluation e = at("2026-03-10T12:00");
        assertThat(e.resolution().state()).isEqualTo(SlaState.BREACHED);
        assertThat(e.resolution().breachedAt()).isEqualTo(paris("2026-03-02T12:00"));
        assertThat(e.resolution().completedAt()).isEqualTo(paris("2026-03-02T15:00"));
        assertThat(e.takeCharge().state()).isEqualTo(SlaState.MET);
    }

    @Test
    void a_resolution_in_time_is_met_and_does_not_move_with_time() {
        opened("2026-03-02T08:00", "P2", P2_INCIDENT)
                .then(ClockEvent.takeCharge(paris("2026-03-02T08:10"), "tech.sud"))
                .then(ClockEvent.stop(paris("2026-03-02T11:00"), "tech.sud", ClockEvent.RESOLVED));
        assertThat(at("2026-03-02T11:00").resolution().state()).isEqualTo(SlaState.MET);
        assertThat(at("2026-06-30T11:00").resolution().state()).isEqualTo(SlaState.MET);
        assertThat(at("2026-06-30T11:00").resolution().consumedMinutes()).isEqualTo(180);
    }

    @Test
    void a_reopening_resumes_the_clock_from_the_time_already_consumed() {
        opened("2026-03-02T08:00", "P2", P2_INCIDENT)
                .then(ClockEvent.takeCharge(paris("2026-03-02T08:10"), "tech.sud"))
                .then(ClockEvent.stop(paris("2026-03-02T14:00"), "tech.sud", ClockEvent.RESOLVED))
                .then(ClockEvent.reopen(paris("2026-03-03T09:00"), "agent.can"));
        ClockEvaluation e = at("2026-03-03T09:30");
        assertThat(e.resolution().consumedMinutes()).isEqualTo(240 + 30 + 30);
        assertThat(e.resolution().state()).isEqualTo(SlaState.ON_TRACK);
        // 180 minutes left at 09:30: 150 before noon, 30 after the lunch break
        assertThat(e.resolution().due()).isEqualTo(paris("2026-03-03T14:00"));
        assertThat(at("2026-03-03T15:31").resolution().state()).isEqualTo(SlaState.BREACHED);
        assertThat(e.takeCharge().state()).isEqualTo(SlaState.MET);
    }

    @Test
    void a_priority_raised_mid_life_applies_the_new_target_to_the_whole_life_keeping_the_time_spent() {
        opened("2026-03-02T08:00", "P3", P3_INCIDENT)
                .then(ClockEvent.takeCharge(paris("2026-03-02T08:30"), "tech.sud"))
                .then(ClockEvent.pause(paris("2026-03-02T09:00"), "tech.sud", "USER"))
                .then(ClockEvent.resume(paris("2026-03-03T08:00"), "tech.sud"))
                .then(ClockEvent.retarget(paris("2026-03-03T09:00"), "resp.sud", "P1", P1_INCIDENT));
        ClockEvaluation e = at("2026-03-03T09:00");
        assertThat(e.priority()).isEqualTo("P1");
        assertThat(e.resolution().targetMinutes()).isEqualTo(240);
        assertThat(e.resolution().consumedMinutes()).isEqualTo(60 + 60);
        assertThat(e.resolution().remainingMinutes()).isEqualTo(120);
        assertThat(e.resolution().due()).isEqualTo(paris("2026-03-03T11:00"));
        assertThat(e.takeCharge().state()).as("taken in charge in time under P3: stays met").isEqualTo(SlaState.MET);
    }

    @Test
    void a_priority_raised_after_the_new_target_was_exceeded_breaches_at_once() {
        opened("2026-03-02T08:00", "P3", P3_INCIDENT)
                .then(ClockEvent.takeCharge(paris("2026-03-02T08:30"), "tech.sud"))
                .then(ClockEvent.retarget(paris("2026-03-02T15:00"), "resp.sud", "P1", P1_INCIDENT));
        ClockEvaluation e = at("2026-03-02T15:00");
        assertThat(e.resolution().state()).isEqualTo(SlaState.BREACHED);
        assertThat(e.resolution().breachedAt()).isEqualTo(paris("2026-03-02T15:00"));
        assertThat(e.resolution().due()).isEqualTo(paris("2026-03-02T12:00"));
    }

    @Test
    void lowering_the_priority_after_a_breach_does_not_undo_it() {
        opened("2026-03-02T08:00", "P1", P1_INCIDENT)
                .then(ClockEvent.takeCharge(paris("2026-03-02T08:10"), "tech.sud"))
                .then(ClockEvent.retarget(paris("2026-03-02T14:00"), "resp.sud", "P3", P3_INCIDENT));
        ClockEvaluation e = at("2026-03-02T14:30");
        assertThat(e.resolution().targetMinutes()).isEqualTo(1440);
        assertThat(e.resolution().state()).isEqualTo(SlaState.BREACHED);
        assertThat(e.resolution().breachedAt()).isEqualTo(paris("2026-03-02T12:00"));
    }

    @Test
    void a_cancelled_ticket_stops_its_clock_without_meeting_its_targets() {
        opened("2026-03-02T08:00", "P2", P2_INCIDENT)
                .then(ClockEvent.stop(paris("2026-03-02T08:20"), "agent.can", ClockEvent.CANCELLED));
        ClockEvaluation e = at("2026-03-09T08:00");
        assertThat(e.takeCharge().consumedMinutes()).isEqualTo(20);
        assertThat(e.takeCharge().state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(e.takeCharge().running()).isFalse();
        assertThat(e.phase()).isEqualTo(Phase.STOPPED);
    }

    @Test
    void events_stamped_slightly_out_of_order_are_taken_in_order() {
        opened("2026-03-02T09:00", "P2", P2_INCIDENT)
                .then(new ClockEvent(ClockEventKind.TAKE_CHARGE, paris("2026-03-02T08:59"), "tech", null, null, null));
        assertThat(at("2026-03-02T10:00").takeCharge().completedAt()).isEqualTo(paris("2026-03-02T09:00"));
    }
}
