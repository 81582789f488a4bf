package fr.proxima.itsm.sla.application;

import fr.proxima.itsm.ServiceLevels;
import fr.proxima.itsm.TicketRef;
import fr.proxima.itsm.Tickets;
import fr.proxima.itsm.contract.Contract;
import fr.proxima.itsm.contract.Contracts;
import fr.proxima.itsm.sla.infrastructure.ClockRow;
import fr.proxima.itsm.sla.infrastructure.ClockStore;
import fr.proxima.itsm.sla.model.ClockEvaluation;
import fr.proxima.itsm.sla.model.ClockEvent;
import fr.proxima.itsm.sla.model.TargetEvaluation;
import fr.proxima.organisation.AccessScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The module's {@link ServiceLevels}: the ticket is checked against the scope first, then its clock replayed. */
@Singleton
public class ServiceLevelsFacade implements ServiceLevels {
    private final Tickets tickets;
    private final ClockStore store;
    private final SlaEvaluator evaluator;
    private final Contracts contracts;
    private final Clock clock;

    ServiceLevelsFacade(Tickets tickets, ClockStore store, SlaEvaluator evaluator, Contracts contracts,
                        @Nullable Clock clock) {
        this.tickets = tickets;
        this.store = store;
        this.evaluator = evaluator;
        this.contracts = contracts;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    @Override
    @Transactional(readOnly = true)
    public TicketServiceLevel forTicket(long ticketId, AccessScope scope) {
        return at(ticketId, clock.instant(), scope);
    }

    /** The service level of a readable ticket as it stood (or will stand, if nothing happens) at {@code at}. */
    @Transactional(readOnly = true)
    public TicketServiceLevel at(long ticketId, Instant at, AccessScope scope) {
        TicketRef ticket = tickets.requireReadable(ticketId, scope);
        ClockRow row = store.clock(ticketId).orElseThrow(SlaProblems::noClock);
        List<ClockEvent> events = store.events(ticketId).stream().filter(ev -> !ev.at().isAfter(at)).toList();
        if (events.isEmpty()) {
            throw SlaProblems.notYetOpen();
        }
        ClockEvaluation e = evaluator.evaluate(row.contractId(), events, at);
        Contract contract = contracts.byId(row.contractId());
        return new TicketServiceLevel(ticketId, ticket.number(), e.priority(), ticket.communeCode(), contract.id(),
                contract.version(), contract.calendarId(), contract.atRiskPercent(),
                List.of(target(e.takeCharge()), target(e.resolution())),
                e.segments().stream().map(s -> new Segment(s.phase().name(), s.start(), s.end(), s.reason(),
                        s.actor())).toList(), e.at());
    }

    private static Target target(TargetEvaluation t) {
        return new Target(t.kind(), t.targetMinutes(), t.consumedMinutes(), t.remainingMinutes(), t.due(),
                t.due() == null ? t.dueIfResumedNow() : null, t.state(), t.running(), t.completedAt(),
                t.breachedAt());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, SlaSummary> summaries(Collection<Long> ticketIds, AccessScope scope) {
        Map<Long, SlaSummary> out = new LinkedHashMap<>();
        if (ticketIds.size() > 1000) {
            throw new IllegalArgumentException("at most 1000 tickets at once");
        }
        for (ClockRow r : store.summaries(ticketIds, scope.communeFilter())) {
            out.put(r.ticketId(), new SlaSummary(r.ticketId(), r.pressing(), r.pressingState(), r.nextDueAt(),
                    r.remainingMinutes(), "PAUSED".equals(r.phase()), r.takeState(), r.resolutionState(),
                    r.refreshedAt()));
        }
        return out;
    }
}
