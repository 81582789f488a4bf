package fr.proxima.itsm.call.infrastructure;

import fr.proxima.itsm.call.application.CallPage;
import fr.proxima.itsm.call.application.CallQuery;
import fr.proxima.itsm.call.application.CallStore;
import fr.proxima.itsm.call.model.Call;
import fr.proxima.itsm.call.model.CallAgent;
import fr.proxima.itsm.call.model.Caller;
import fr.proxima.organisation.AccessScope;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** {@link CallStore} on MariaDB: maps calls to rows and back, and hands the scope's commune to every query. */
@Singleton
class JdbcCallStore implements CallStore {
    private final CallRepository repository;

    JdbcCallStore(CallRepository repository) {
        this.repository = repository;
    }

    @Override
    public Call insert(Call call, AccessScope scope) {
        if (call.id() != null) {
            throw new IllegalArgumentException("call already stored: " + call.id());
        }
        if (!scope.canRead(call.communeCode())) {
            throw new IllegalStateException("scope " + scope.username() + " cannot store a call of " + call.communeCode());
        }
        return toCall(repository.save(toRow(call)));
    }

    @Override
    public void attachTicket(Call call, AccessScope scope) {
        if (call.id() == null || call.ticketId() == null) {
            throw new IllegalArgumentException("a stored call with its ticket is required");
        }
        if (repository.attachTicket(call.id(), call.ticketId()) != 1) {
            throw new IllegalStateException("call " + call.id() + " already has a ticket");
        }
    }

    @Override
    public Optional<Call> find(long id, AccessScope scope) {
        return repository.findScoped(id, scope.communeFilter()).map(JdbcCallStore::toCall);
    }

    @Override
    public CallPage search(CallQuery q, AccessScope scope) {
        String outcome = q.outcome() == null ? null : q.outcome().name();
        String channel = q.channel() == null ? null : q.channel().name();
        List<Call> items = repository.search(scope.communeFilter(), q.commune(), q.agent(), outcome, channel,
                q.ticketId(), q.from(), q.to(), q.size(), q.offset()).stream().map(JdbcCallStore::toCall).toList();
        long total = items.size() < q.size() && (q.page() == 0 || !items.isEmpty())
                ? q.offset() + items.size()
                : repository.count(scope.communeFilter(), q.commune(), q.agent(), outcome, channel, q.ticketId(),
                q.from(), q.to());
        return new CallPage(items, q.page(), q.size(), total);
    }

    @Override
    public List<Call> ofTicket(long ticketId, AccessScope scope) {
        return repository.findByTicketScoped(ticketId, scope.communeFilter()).stream().map(JdbcCallStore::toCall)
                .toList();
    }

    private static CallRow toRow(Call c) {
        return new CallRow(c.id(), c.receivedAt(), c.channel(), c.caller().personId(), c.caller().name(),
                c.caller().phone(), c.communeCode(), c.agent().userId(), c.agent().username(), c.durationSeconds(),
                c.notes(), c.outcome(), c.ticketId(), c.transferredTo(), c.createdAt());
    }

    private static Call toCall(CallRow r) {
        return new Call(r.id(), r.receivedAt(), r.channel(),
                new Caller(r.callerPersonId(), r.callerName(), r.callerPhone()), r.communeCode(),
                new CallAgent(r.agentId(), r.agentUsername()), r.durationSeconds(), r.notes(), r.outcome(),
                r.ticketId(), r.transferredTo(), r.createdAt());
    }
}
