package fr.proxima.itsm.sla.application;

import fr.proxima.itsm.SlaEscalated;
import fr.proxima.itsm.SlaState;
import fr.proxima.itsm.SlaTargetKind;
import fr.proxima.itsm.calendar.BusinessCalendar;
import fr.proxima.itsm.calendar.catalogue.Calendars;
import fr.proxima.itsm.contract.Contract;
import fr.proxima.itsm.contract.Contracts;
import fr.proxima.itsm.sla.infrastructure.ClockRow;
import fr.proxima.itsm.sla.infrastructure.ClockStore;
import fr.proxima.itsm.sla.model.ClockEvaluation;
import fr.proxima.itsm.sla.model.ClockEvent;
import fr.proxima.itsm.sla.model.Phase;
import fr.proxima.itsm.sla.model.SlaClock;
import fr.proxima.itsm.sla.model.TargetEvaluation;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;

import io.micronaut.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replays a clock with its contract's calendar and threshold, turns the evaluation into the stored row, and records
 * the escalations it calls for (each ticket, target and level once).
 */
@Singleton
public class SlaEvaluator {
    private final Contracts contracts;
    private final Calendars calendars;
    private final ClockStore store;
    private final ApplicationEventPublisher<SlaEscalated> escalated;

    SlaEvaluator(Contracts contracts, Calendars calendars, ClockStore store,
                 ApplicationEventPublisher<SlaEscalated> escalated) {
        this.contracts = contracts;
        this.calendars = calendars;
        this.store = store;
        this.escalated = escalated;
    }

    /** The evaluation of a clock under the contract version it keeps. */
    public ClockEvaluation evaluate(long contractId, List<ClockEvent> events, Instant now) {
        Contract contract = contracts.byId(contractId);
        BusinessCalendar calendar = calendars.require(contract.calendarId());
        return SlaClock.evaluate(events, calendar, contract.atRiskPercent(), now);
    }

    /** The row that stores an evaluation. */
    public static ClockRow row(ClockRow identity, int eventCount, ClockEvaluation e) {
        TargetEvaluation pressing = pressing(e);
        Instant next = pressing.due() != null ? pressing.due() : pressing.dueIfResumedNow();
        return new ClockRow(identity.ticketId(), identity.number(), identity.communeCode(), identity.centreCode(),
                identity.ticketType(), identity.contractId(), eventCount, e.phase().name(), e.phase() != Phase.STOPPED,
                e.priority(), e.takeCharge().state(), e.takeCharge().due(), e.resolution().state(),
                e.resolution().due(), pressing.kind(), pressing.state(), next, pressing.remainingMinutes(), e.at());
    }

    /**
     * The target a queue shows: among the targets not yet completed, the one due first (the take-charge one while
     * the ticket waits for someone, usually); the resolution once both are completed.
     */
    static TargetEvaluation pressing(ClockEvaluation e) {
        TargetEvaluation take = e.takeCharge();
        TargetEvaluation res = e.resolution();
        if (take.completedAt() != null) {
            return res;
        }
        if (res.completedAt() != null) {
            return take;
        }
        Instant t = take.due() != null ? take.due() : take.dueIfResumedNow();
        Instant r = res.due() != null ? res.due() : res.dueIfResumedNow();
        if (t == null) {
            return res;
        }
        if (r == null) {
            return take;
        }
        return r.isBefore(t) ? res : take;
    }

    /** Re-evaluates one clock at {@code now} (after an event was appended) and writes it back. */
    public void refresh(ClockRow stored, Instant now) {
        List<ClockEvent> events = store.events(stored.ticketId());
        ClockEvaluation e = evaluate(stored.contractId(), events, now);
        ClockRow next = row(stored, events.size(), e);
        store.update(List.of(next));
        escalate(stored, next, e, now);
    }

    /**
     * One page of the scheduled refresh, in one transaction: the next {@code size} live clocks after
     * {@code afterTicketId} are replayed at {@code now}; rows whose evaluation changed are written back (unless a
     * ticket change wrote a newer one meanwhile) and new escalations recorded. Returns the page's outcome.
     */
    @Transactional
    public RefreshedPage refreshPage(long afterTicketId, int size, Instant now) {
        List<ClockRow> rows = store.liveAfter(afterTicketId, size);
        if (rows.isEmpty()) {
            return new RefreshedPage(0, 0, -1);
        }
        Map<Long, List<ClockEvent>> events = store.eventsOf(rows.stream().map(ClockRow::ticketId).toList());
        List<ClockRow> changed = new ArrayList<>();
        List<ClockStore.NewEscalation> escalations = new ArrayList<>();
        for (ClockRow stored : rows) {
            List<ClockEvent> list = events.getOrDefault(stored.ticketId(), List.of());
            if (list.isEmpty()) {
                continue;
            }
            ClockEvaluation e = evaluate(stored.contractId(), list, now);
            ClockRow next = row(stored, list.size(), e);
            if (!next.sameEvaluation(stored)) {
                changed.add(next);
                escalations.addAll(escalationsOf(stored, next, e, now));
            }
        }
        int written = store.update(changed);
        for (ClockStore.Escalation x : store.recordEscalations(escalations, now)) {
            escalated.publishEvent(new SlaEscalated(x.id(), x.ticketId(), x.number(), x.communeCode(),
                    x.centreCode(), x.target(), x.level(), x.reachedAt(), x.recipients()));
        }
        return new RefreshedPage(rows.size(), written, rows.get(rows.size() - 1).ticketId());
    }

    /** What one page of the refresh did; {@code last} is the last ticket id read (-1 when none was left). */
    public record RefreshedPage(int read, int written, long last) {
    }

    /**
     * The escalations an evaluation calls for: for each target whose state moved to AT_RISK or BREACHED since the
     * stored evaluation (a target that jumps to BREACHED records the breach only).
     */
    List<ClockStore.NewEscalation> escalationsOf(ClockRow before, ClockRow after, ClockEvaluation e, Instant now) {
        List<ClockStore.NewEscalation> out = new ArrayList<>();
        for (SlaTargetKind kind : SlaTargetKind.values()) {
            SlaState was = kind == SlaTargetKind.TAKE_CHARGE ? before.takeState() : before.resolutionState();
            TargetEvaluation t = e.target(kind);
            if (t.state() == was) {
                continue;
            }
            Instant reached = t.state() == SlaState.AT_RISK ? t.atRiskAt()
                    : t.state() == SlaState.BREACHED ? t.breachedAt() : null;
            if (reached != null) {
                out.add(new ClockStore.NewEscalation(after.ticketId(), after.number(), after.communeCode(),
                        after.centreCode(), kind, t.state(), reached, now,
                        EscalationPolicy.recipients(t.state(), after.centreCode())));
            }
        }
        return out;
    }

    /** Records the escalations of one evaluation (after a ticket change) and publishes those that are new. */
    void escalate(ClockRow before, ClockRow after, ClockEvaluation e, Instant now) {
        for (ClockStore.NewEscalation n : escalationsOf(before, after, e, now)) {
            store.recordEscalation(n).ifPresent(id -> escalated.publishEvent(new SlaEscalated(id, n.ticketId(),
                    n.number(), n.communeCode(), n.centreCode(), n.target(), n.level(), n.reachedAt(),
                    n.recipients())));
        }
    }
}
