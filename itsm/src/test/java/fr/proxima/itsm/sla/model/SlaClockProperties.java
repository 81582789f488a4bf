package fr.proxima.itsm.sla.model;

import fr.proxima.itsm.SlaState;
import fr.proxima.itsm.calendar.BusinessCalendar;
import fr.proxima.itsm.calendar.FrenchPublicHolidays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clock replay against a slow reference written here: a simulation that steps minute by minute through the
 * ticket's life, applies each event at its minute, counts a minute when the clock runs and the minute lies in an
 * opening window of the standard calendar, and checks the target in force after every counted minute. Random
 * lives start anywhere in 2025–2029 (DST changes and holidays included) with random pauses, take-charges,
 * resolutions, reopenings, cancellations and priority changes.
 */
class SlaClockProperties {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final long FROM = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond() / 60;
    private static final long TO = Instant.parse("2029-10-01T00:00:00Z").getEpochSecond() / 60;
    private final BusinessCalendar calendar = BusinessCalendar.standard();

    private static boolean businessMinute(long minute) {
        ZonedDateTime z = Instant.ofEpochSecond(minute * 60).atZone(PARIS);
        DayOfWeek d = z.getDayOfWeek();
        if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY || FrenchPublicHolidays.isHoliday(z.toLocalDate())) {
            return false;
        }
        LocalTime time = z.toLocalTime();
        return (!time.isBefore(LocalTime.of(8, 0)) && time.isBefore(LocalTime.of(12, 0)))
                || (!time.isBefore(LocalTime.of(13, 30)) && time.isBefore(LocalTime.of(17, 30)));
    }

    /** A random but legal life of a ticket: events at whole minutes, in order. */
    private static List<ClockEvent> randomLife(Random rnd, long start) {
        List<ClockEvent> events = new ArrayList<>();
        events.add(ClockEvent.start(at(start), "agent", "P3", randomTargets(rnd)));
        long t = start;
        boolean taken = false;
        boolean paused = false;
        boolean resolved = false;
        int steps = rnd.nextInt(9);
        for (int i = 0; i < steps; i++) {
            t += rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(rnd.nextBoolean() ? 600 : 6_000);
            List<ClockEventKind> legal = new ArrayList<>();
            if (resolved) {
                legal.add(ClockEventKind.REOPEN);
            } else if (!taken) {
                legal.addAll(List.of(ClockEventKind.TAKE_CHARGE, ClockEventKind.RETARGET, ClockEventKind.STOP));
            } else if (paused) {
                legal.addAll(List.of(ClockEventKind.RESUME, ClockEventKind.RETARGET, ClockEventKind.STOP));
            } else {
                legal.addAll(List.of(ClockEventKind.PAUSE, ClockEventKind.RETARGET, ClockEventKind.STOP));
            }
            ClockEventKind k = legal.get(rnd.nextInt(legal.size()));
            switch (k) {
                case TAKE_CHARGE -> {
                    events.add(ClockEvent.takeCharge(at(t), "tech"));
                    taken = true;
                }
                case PAUSE -> {
                    events.add(ClockEvent.pause(at(t), "tech", rnd.nextBoolean() ? "USER" : "SUPPLIER"));
                    paused = true;
                }
                case RESUME -> {
                    events.add(ClockEvent.resume(at(t), "tech"));
                    paused = false;
                }
                case RETARGET -> events.add(ClockEvent.retarget(at(t), "resp", "P" + (1 + rnd.nextInt(4)),
                        randomTargets(rnd)));
                case REOPEN -> {
                    events.add(ClockEvent.reopen(at(t), "agent"));
                    resolved = false;
                }
                case STOP -> {
                    boolean resolve = taken && !paused && rnd.nextInt(5) > 0;
                    events.add(ClockEvent.stop(at(t), "tech", resolve ? ClockEvent.RESOLVED : ClockEvent.CANCELLED));
                    if (!resolve) {
                        return events;
                    }
                    resolved = true;
                }
                default -> throw new IllegalStateException();
            }
        }
        return events;
    }

    private static Targets randomTargets(Random rnd) {
        int take = 1 + rnd.nextInt(600);
        return Targets.of(take, take + rnd.nextInt(2_400));
    }

    private static Instant at(long minute) {
        return Instant.ofEpochSecond(minute * 60);
    }

    /** What the reference says of one target. */
    record Expected(long consumed, SlaState state, Instant due) {
    }

    private static Expected reference(List<ClockEvent> events, boolean takeCharge, int atRiskPercent, long now) {
        long start = events.get(0).at().getEpochSecond() / 60;
        Phase phase = Phase.RUNNING;
        Targets targets = events.get(0).targets();
        Long taken = null;
        boolean resolved = false;
        int next = 1;
        long consumed = 0;
        boolean breached = false;
        Instant due = null;
        long m = start;
        // beyond now, the clock keeps its phase: step on to find the due instant (bounded by the target's size)
        long horizonForDue = now + 60L * 24 * 40;
        for (; m < horizonForDue; m++) {
            boolean retargeted = false;
            while (next < events.size() && events.get(next).at().getEpochSecond() / 60 == m && m <= now) {
                ClockEvent e = events.get(next++);
                switch (e.kind()) {
                    case PAUSE -> phase = Phase.PAUSED;
                    case RESUME, REOPEN -> {
                        phase = Phase.RUNNING;
                        resolved = false;
                    }
                    case STOP -> {
                        phase = Phase.STOPPED;
                        resolved = ClockEvent.RESOLVED.equals(e.reason());
                    }
                    case TAKE_CHARGE -> taken = taken == null ? m : taken;
                    case RETARGET -> {
                        if (!(takeCharge && taken != null && taken < m)) {
                            targets = e.targets();
                            retargeted = true;
                        }
                    }
                    default -> {
                    }
                }
            }
            long target = takeCharge ? targets.takeChargeMinutes() : targets.resolutionMinutes();
            boolean completed = takeCharge ? taken != null : resolved;
            if (m <= now && retargeted && consumed > target) {
                breached = true;
            }
            if (m >= now || takeCharge && completed) {
                break;
            }
            if (phase == Phase.RUNNING && businessMinute(m)) {
                consumed++;
                if (consumed > target) {
                    breached = true;
                }
            }
        }
        long finalTarget = takeCharge ? targets.takeChargeMinutes() : targets.resolutionMinutes();
        boolean finalCompleted = takeCharge ? taken != null : resolved;
        // the due instant: when the running time reaches the final target, the clock running on after now
        // only if it runs now and the target is not completed
        long dueUntil = takeCharge && taken != null ? taken : now;
        boolean runsOn = phase == Phase.RUNNING && !finalCompleted;
        long acc = 0;
        Phase q = Phase.RUNNING;
        int k = 1;
        for (long x = start; x < dueUntil || runsOn && x < horizonForDue; x++) {
            while (x <= now && k < events.size() && events.get(k).at().getEpochSecond() / 60 == x) {
                ClockEvent e = events.get(k++);
                q = switch (e.kind()) {
                    case PAUSE -> Phase.PAUSED;
                    case RESUME, REOPEN -> Phase.RUNNING;
                    case STOP -> Phase.STOPPED;
                    default -> q;
                };
            }
            if (q == Phase.RUNNING && businessMinute(x) && ++acc == finalTarget) {
                due = at(x + 1);
                break;
            }
        }
        // the consumed time counted only up to now (or to the completion)
        long counted = 0;
        long until = takeCharge && taken != null ? taken : now;
        Phase p = Phase.RUNNING;
        int n = 1;
        for (long x = start; x < until; x++) {
            while (n < events.size() && events.get(n).at().getEpochSecond() / 60 == x) {
                ClockEvent e = events.get(n++);
                p = switch (e.kind()) {
                    case PAUSE -> Phase.PAUSED;
                    case RESUME, REOPEN -> Phase.RUNNING;
                    case STOP -> Phase.STOPPED;
                    default -> p;
                };
            }
            if (p == Phase.RUNNING && businessMinute(x)) {
                counted++;
            }
        }
        long target = takeCharge ? targets.takeChargeMinutes() : targets.resolutionMinutes();
        boolean completed = takeCharge ? taken != null : resolved;
        SlaState state = breached ? SlaState.BREACHED
                : completed ? SlaState.MET
                : counted * 100 >= (long) atRiskPercent * target ? SlaState.AT_RISK : SlaState.ON_TRACK;
        return new Expected(counted, state, due);
    }

    @Property(tries = 400)
    void replay_agrees_with_a_minute_by_minute_simulation(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed,
            @ForAll @IntRange(min = 0, max = 8_000) int afterLast,
            @ForAll @IntRange(min = 50, max = 100) int atRiskPercent) {
        Random rnd = new Random(seed);
        long start = FROM + Math.floorMod(seed * 7919L, TO - FROM);
        List<ClockEvent> events = randomLife(rnd, start);
        long now = events.get(events.size() - 1).at().getEpochSecond() / 60 + afterLast;
        ClockEvaluation got = SlaClock.evaluate(events, calendar, atRiskPercent, at(now));
        for (boolean take : new boolean[]{true, false}) {
            Expected want = reference(events, take, atRiskPercent, now);
            TargetEvaluation t = take ? got.takeCharge() : got.resolution();
            String what = (take ? "take-charge" : "resolution") + " of " + events + " at " + at(now);
            assertThat(t.consumedSeconds()).as(what).isEqualTo(want.consumed() * 60);
            assertThat(t.state()).as(what).isEqualTo(want.state());
            assertThat(t.due()).as(what).isEqualTo(want.due());
            if (t.state() != SlaState.BREACHED) {
                assertThat(t.consumedMinutes() + t.remainingMinutes()).as(what).isEqualTo(t.targetMinutes());
            }
        }
    }
}
