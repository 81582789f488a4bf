package fr.proxima.itsm.sla.application;

import fr.proxima.itsm.TicketOpened;
import fr.proxima.itsm.TicketPriorityChanged;
import fr.proxima.itsm.TicketReassigned;
import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.TicketStatusChanged;
import fr.proxima.itsm.contract.Contract;
import fr.proxima.itsm.contract.Contracts;
import fr.proxima.itsm.sla.infrastructure.ClockRow;
import fr.proxima.itsm.sla.infrastructure.ClockStore;
import fr.proxima.itsm.sla.model.ClockEvaluation;
import fr.proxima.itsm.sla.model.ClockEvent;
import fr.proxima.itsm.SlaState;
import fr.proxima.itsm.SlaTargetKind;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Turns ticket events into clock events, synchronously, in the transaction that changes the ticket: the clock
 * commits or rolls back with the change it records (see docs/service-levels.md for the mapping and the definition of
 * taking charge).
 */
@Singleton
public class SlaClockRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(SlaClockRecorder.class);

    private final Contracts contracts;
    private final ClockStore store;
    private final SlaEvaluator evaluator;

    SlaClockRecorder(Contracts contracts, ClockStore store, SlaEvaluator evaluator) {
        this.contracts = contracts;
        this.store = store;
        this.evaluator = evaluator;
    }

    @EventListener
    void onOpened(TicketOpened e) {
        Contract contract = contracts.inForceFor(e.communeCode());
        ClockEvent start = ClockEvent.start(e.at(), e.actor(), e.priority(), contract.targets(e.type(), e.priority()));
        store.append(e.ticketId(), start);
        ClockEvaluation evaluation = evaluator.evaluate(contract.id(), List.of(start), e.at());
        ClockRow identity = new ClockRow(e.ticketId(), e.number(), e.communeCode(), e.centreCode(), e.type(),
                contract.id(), 0, "RUNNING", true, e.priority(), SlaState.ON_TRACK, null, SlaState.ON_TRACK, null,
                SlaTargetKind.TAKE_CHARGE, SlaState.ON_TRACK, null, 0, e.at());
        store.insert(SlaEvaluator.row(identity, 1, evaluation));
    }

    @EventListener
    void onStatusChanged(TicketStatusChanged e) {
        ClockEvent event = clockEventOf(e);
        if (event != null) {
            record(e.ticketId(), event);
        }
    }

    /** The clock event a status change means, or {@code null} when it means nothing to the clock. */
    static ClockEvent clockEventOf(TicketStatusChanged e) {
        TicketStatus from = e.from();
        TicketStatus to = e.to();
        if (to == TicketStatus.PENDING) {
            return ClockEvent.pause(e.at(), e.actor(), e.pendingReason());
        }
        if (to == TicketStatus.RESOLVED) {
            return ClockEvent.stop(e.at(), e.actor(), ClockEvent.RESOLVED);
        }
        if (to == TicketStatus.CANCELLED) {
            return ClockEvent.stop(e.at(), e.actor(), ClockEvent.CANCELLED);
        }
        if (from == TicketStatus.PENDING && to.isOpen()) {
            return ClockEvent.resume(e.at(), e.actor());
        }
        if (from == TicketStatus.RESOLVED && to.isOpen()) {
            return ClockEvent.reopen(e.at(), e.actor());
        }
        if (to == TicketStatus.IN_PROGRESS && (from == TicketStatus.NEW || from == TicketStatus.ASSIGNED)) {
            return ClockEvent.takeCharge(e.at(), e.actor());
        }
        return null;
    }

    @EventListener
    void onReassigned(TicketReassigned e) {
        if (e.toAssignee() != null) {
            record(e.ticketId(), ClockEvent.takeCharge(e.at(), e.actor()));
        }
    }

    @EventListener
    void onPriorityChanged(TicketPriorityChanged e) {
        Optional<ClockRow> clock = store.clock(e.ticketId());
        if (clock.isEmpty()) {
            LOG.warn("ticket {} has no service-level clock; priority change not recorded", e.number());
            return;
        }
        Contract contract = contracts.byId(clock.get().contractId());
        record(e.ticketId(), ClockEvent.retarget(e.at(), e.actor(), e.to(),
                contract.targets(clock.get().ticketType(), e.to())));
    }

    private void record(long ticketId, ClockEvent event) {
        Optional<ClockRow> clock = store.clock(ticketId);
        if (clock.isEmpty()) {
            LOG.warn("ticket {} has no service-level clock; {} not recorded", ticketId, event.kind());
            return;
        }
        store.append(ticketId, event);
        evaluator.refresh(clock.get(), event.at());
    }

}
