package fr.proxima.itsm.sla.model;

import fr.proxima.itsm.SlaState;
import fr.proxima.itsm.SlaTargetKind;
import fr.proxima.itsm.calendar.BusinessCalendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays a ticket's clock events against a business calendar. The rules (written out in docs/service-levels.md):
 * <ul>
 *   <li>the clock runs from the START; PAUSE stops counting until RESUME; STOP (resolved or cancelled) stops it;
 *       REOPEN runs it again from the time already consumed;</li>
 *   <li>the take-charge target counts the running time until the TAKE_CHARGE event; the resolution target counts
 *       all running time;</li>
 *   <li>RETARGET replaces both targets for the whole life of the ticket: the consumed time is kept and compared
 *       with the new target, except for a target already completed (a ticket taken in charge in time stays MET);</li>
 *   <li>a target is BREACHED from the moment its consumed time exceeds the target then in force, and stays breached
 *       whatever happens next; MET when it is completed without breach; otherwise AT_RISK from
 *       {@code atRiskPercent} % of the target consumed, else ON_TRACK.</li>
 * </ul>
 * Events must be in the order they happened; an event stamped before its predecessor is taken at its predecessor's
 * instant (clocks of several servers may differ by a few milliseconds).
 */
public final class SlaClock {

    private SlaClock() {
    }

    public static ClockEvaluation evaluate(List<ClockEvent> events, BusinessCalendar calendar, int atRiskPercent,
                                           Instant now) {
        if (events.isEmpty() || events.get(0).kind() != ClockEventKind.START) {
            throw new IllegalArgumentException("a clock starts with a START event");
        }
        if (atRiskPercent < 1 || atRiskPercent > 100) {
            throw new IllegalArgumentException("the at-risk threshold is a percentage between 1 and 100");
        }
        Replay r = new Replay();
        for (ClockEvent e : events) {
            r.apply(e);
        }
        Instant at = now.isBefore(r.last) ? r.last : now;
        List<Segment> segments = r.segments();
        TargetEvaluation take = evaluateTarget(SlaTargetKind.TAKE_CHARGE, r, segments, calendar, atRiskPercent, at);
        TargetEvaluation resolution = evaluateTarget(SlaTargetKind.RESOLUTION, r, segments, calendar, atRiskPercent,
                at);
        return new ClockEvaluation(at, r.priority, r.phase, segments, take, resolution);
    }

    private static TargetEvaluation evaluateTarget(SlaTargetKind kind, Replay r, List<Segment> segments,
                                                   BusinessCalendar calendar, int atRiskPercent, Instant now) {
        Instant completedAt = kind == SlaTargetKind.TAKE_CHARGE ? r.takenAt
                : (r.phase == Phase.STOPPED && ClockEvent.RESOLVED.equals(r.stopReason) ? r.stoppedAt : null);
        Instant horizon = completedAt != null ? completedAt : now;
        // Running stretches up to the horizon; the last one is open-ended if the clock still counts for this target.
        List<Instant[]> running = new ArrayList<>();
        boolean counting = false;
        for (Segment s : segments) {
            boolean open = s.end() == null && completedAt == null;
            if (s.phase() != Phase.RUNNING || !open && !s.start().isBefore(horizon)) {
                continue;
            }
            Instant end = s.endOr(horizon);
            if (end.isAfter(horizon)) {
                end = horizon;
            }
            counting |= open;
            running.add(new Instant[]{s.start(), end, open ? null : end});
        }
        Stretches st = new Stretches(running, calendar);

        // the targets in force, each until the next one (or the horizon)
        Instant breachedAt = null;
        long targetSeconds = 0;
        long targetMinutes = 0;
        for (int i = 0; i < r.retargets.size(); i++) {
            Instant from = r.retargets.get(i).at;
            if (i > 0 && from.isAfter(horizon)) {
                break;
            }
            Instant until = i + 1 < r.retargets.size() && r.retargets.get(i + 1).at.isBefore(horizon)
                    ? r.retargets.get(i + 1).at : horizon;
            Targets t = r.retargets.get(i).targets;
            targetMinutes = kind == SlaTargetKind.TAKE_CHARGE ? t.takeChargeMinutes() : t.resolutionMinutes();
            targetSeconds = targetMinutes * 60;
            if (breachedAt == null && st.consumed(until) > targetSeconds) {
                Instant reached = st.reach(targetSeconds);
                breachedAt = reached == null || reached.isBefore(from) ? from : reached;
            }
        }
        long consumed = st.consumed(horizon);
        SlaState state;
        if (breachedAt != null) {
            state = SlaState.BREACHED;
        } else if (completedAt != null) {
            state = SlaState.MET;
        } else if (consumed >= (atRiskPercent * targetSeconds + 99) / 100) {
            state = SlaState.AT_RISK;
        } else {
            state = SlaState.ON_TRACK;
        }
        long thresholdSeconds = (atRiskPercent * targetSeconds + 99) / 100;
        Instant atRiskAt = consumed >= thresholdSeconds ? st.reach(thresholdSeconds) : null;
        Instant due = st.reach(targetSeconds);
        Instant projected = due;
        if (due == null && completedAt == null) {
            projected = calendar.plusBusinessSeconds(now, Math.max(0, targetSeconds - consumed));
        }
        return new TargetEvaluation(kind, targetMinutes, consumed, state, counting && completedAt == null, due,
                projected, completedAt, breachedAt, atRiskAt);
    }

    /** Running stretches {start, end, closedEnd-or-null-if-open}: business time consumed and when a total is reached. */
    private record Stretches(List<Instant[]> list, BusinessCalendar calendar) {

        long consumed(Instant until) {
            long total = 0;
            for (Instant[] s : list) {
                if (!s[0].isBefore(until)) {
                    break;
                }
                Instant end = s[1].isAfter(until) ? until : s[1];
                total += calendar.businessSecondsBetween(s[0], end);
            }
            return total;
        }

        /** The instant the consumed time reaches {@code seconds}, or {@code null} if the stretches never do. */
        Instant reach(long seconds) {
            long acc = 0;
            for (Instant[] s : list) {
                if (s[2] == null) {
                    return calendar.plusBusinessSeconds(s[0], seconds - acc);
                }
                long here = calendar.businessSecondsBetween(s[0], s[1]);
                if (acc + here >= seconds) {
                    return calendar.plusBusinessSeconds(s[0], seconds - acc);
                }
                acc += here;
            }
            return null;
        }
    }

    private record Retarget(Instant at, Targets targets) {
    }

    /** Folds the events into segments, the targets' timeline and the completions. */
    private static final class Replay {
        final List<Retarget> retargets = new ArrayList<>();
        final List<Segment> closed = new ArrayList<>();
        Phase phase;
        Instant phaseStart;
        String phaseReason;
        String phaseActor;
        Instant last;
        Instant takenAt;
        Instant stoppedAt;
        String stopReason;
        String priority;

        void apply(ClockEvent e) {
            Instant at = last != null && e.at().isBefore(last) ? last : e.at();
            last = at;
            switch (e.kind()) {
                case START -> {
                    if (phase != null) {
                        throw new IllegalArgumentException("a clock starts once");
                    }
                    open(Phase.RUNNING, at, null, e.actor());
                    retargets.add(new Retarget(at, e.targets()));
                    priority = e.priority();
                }
                case PAUSE -> {
                    if (phase == Phase.RUNNING) {
                        switchTo(Phase.PAUSED, at, e.reason(), e.actor());
                    }
                }
                case RESUME -> {
                    if (phase == Phase.PAUSED) {
                        switchTo(Phase.RUNNING, at, null, e.actor());
                    }
                }
                case TAKE_CHARGE -> {
                    if (takenAt == null && phase != Phase.STOPPED) {
                        takenAt = at;
                    }
                }
                case STOP -> {
                    if (phase != Phase.STOPPED) {
                        switchTo(Phase.STOPPED, at, e.reason(), e.actor());
                        stoppedAt = at;
                        stopReason = e.reason();
                        if (ClockEvent.RESOLVED.equals(e.reason()) && takenAt == null) {
                            takenAt = at; // resolving a ticket takes it in charge
                        }
                    }
                }
                case REOPEN -> {
                    if (phase == Phase.STOPPED) {
                        switchTo(Phase.RUNNING, at, null, e.actor());
                        stoppedAt = null;
                        stopReason = null;
                    }
                }
                case RETARGET -> {
                    Retarget previous = retargets.get(retargets.size() - 1);
                    if (previous.at.equals(at)) {
                        retargets.set(retargets.size() - 1, new Retarget(at, e.targets()));
                    } else {
                        retargets.add(new Retarget(at, e.targets()));
                    }
                    priority = e.priority();
                }
            }
        }

        private void open(Phase p, Instant at, String reason, String actor) {
            phase = p;
            phaseStart = at;
            phaseReason = reason;
            phaseActor = actor;
        }

        private void switchTo(Phase p, Instant at, String reason, String actor) {
            closed.add(new Segment(phase, phaseStart, at, phaseReason, phaseActor));
            open(p, at, reason, actor);
        }

        List<Segment> segments() {
            List<Segment> all = new ArrayList<>(closed);
            all.add(new Segment(phase, phaseStart, null, phaseReason, phaseActor));
            return List.copyOf(all);
        }
    }
}
