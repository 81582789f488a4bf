package fr.proxima.itsm.call.application;

import fr.proxima.itsm.OpenTicket;
import fr.proxima.itsm.TicketRef;
import fr.proxima.itsm.Tickets;
import fr.proxima.itsm.call.model.Call;
import fr.proxima.itsm.call.model.CallAgent;
import fr.proxima.itsm.call.model.CallRuleException;
import fr.proxima.itsm.call.model.LogCall;
import fr.proxima.itsm.idempotency.IdempotencyKeys;
import fr.proxima.itsm.idempotency.IdempotentResult;
import fr.proxima.itsm.idempotency.RequestHash;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.ProblemException.FieldError;
import fr.proxima.organisation.Role;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The call use cases. Every public method takes the caller's scope; a call outside it is reported as not found.
 */
@Singleton
public class CallService {
    public static final String NOT_FOUND = "ITSM-2104";
    public static final String FORBIDDEN = "ITSM-2102";
    /** The kind of resource idempotency keys of this use case create. */
    static final String RESOURCE = "call";

    private final CallStore store;
    private final CallerDirectory directory;
    private final Tickets tickets;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    CallService(CallStore store, CallerDirectory directory, Tickets tickets, IdempotencyKeys idempotency) {
        this.store = store;
        this.directory = directory;
        this.tickets = tickets;
        this.idempotency = idempotency;
        this.clock = Clock.systemUTC();
    }

    /**
     * Logs a call, and opens its ticket when the outcome says so, in one transaction: if the ticket cannot be
     * opened, no call is left behind. With an idempotency key, the first request with that key logs the call and
     * any later one with the same body gets that same call and ticket back (also when they race: the key row is
     * written in the same transaction, see {@link IdempotencyKeys}); the same key with another body is a 422.
     *
     * @param idempotencyKey the client's {@code Idempotency-Key}, or null
     */
    @Transactional
    public LoggedCall log(NewCall c, String idempotencyKey, AccessScope scope) {
        if (!scope.has(Role.CAN_AGENT) && !scope.isAdmin()) {
            throw ProblemException.forbidden(FORBIDDEN, "Seuls les agents de la CAN enregistrent des appels");
        }
        if (idempotencyKey == null) {
            return logOnce(c, scope);
        }
        IdempotentResult<LoggedCall> result = idempotency.execute(scope.username(), idempotencyKey, RESOURCE,
                RequestHash.of(canonical(c)), () -> logOnce(c, scope), l -> l.call().id(), id -> get(id, scope));
        return result.replayed() ? result.value().asReplay() : result.value();
    }

    private LoggedCall logOnce(NewCall c, AccessScope scope) {
        Call call = Call.log(new LogCall(c.receivedAt(), c.channel(), c.callerPersonId(), c.callerName(),
                c.callerPhone(), c.communeCode(), new CallAgent(scope.userId(), scope.username()),
                c.durationSeconds(), c.notes(), c.outcome(), c.ticket() != null, c.ticketId(), c.transferredTo()),
                clock.instant());
        checkAgainstDirectory(call);
        TicketRef ticket = null;
        if (call.outcome().linksTicket()) {
            ticket = tickets.requireReadable(call.ticketId(), scope);
            if (!ticket.communeCode().equals(call.communeCode())) {
                // a call and the ticket it follows belong to one commune, so that a commune's reader of the call
                // may always read the ticket it points to
                throw new CallRuleException(List.of(new FieldError("ticketId", "ticketId.other-commune",
                        "Le ticket suivi appartient à une autre commune (" + ticket.communeCode() + ")")));
            }
        }
        call = store.insert(call, scope);
        if (call.awaitsItsTicket()) {
            NewCall.TicketDraft t = c.ticket();
            ticket = tickets.open(new OpenTicket(call.ticketToOpen().orElseThrow(), t.title(), t.description(),
                    call.communeCode(), t.siteId(), call.caller().personId(), t.categoryCode(), t.impact(),
                    t.urgency(), call.id()), scope);
            call = call.ticketOpened(ticket.id());
            store.attachTicket(call, scope);
        }
        return withTicket(call, ticket);
    }

    private LoggedCall withTicket(Call call, TicketRef ticket) {
        return new LoggedCall(call, ticket, false);
    }

    /** Every member of the request, in a fixed order, so that "the same body" means the same call. */
    static String canonical(NewCall c) {
        NewCall.TicketDraft t = c.ticket();
        List<Object> parts = Arrays.asList(c.receivedAt(), c.channel(), c.callerPersonId(), c.callerName(),
                c.callerPhone(), c.communeCode(), c.durationSeconds(), c.notes(), c.outcome(), c.ticketId(),
                c.transferredTo(), t == null ? null : "ticket", t == null ? null : t.title(),
                t == null ? null : t.description(), t == null ? null : t.impact(), t == null ? null : t.urgency(),
                t == null ? null : t.categoryCode(), t == null ? null : t.siteId());
        StringBuilder sb = new StringBuilder("call/v1");
        for (Object p : parts) {
            // length-prefixed, so that no value can imitate a separator
            String v = p == null ? "" : p.toString();
            sb.append('|').append(p == null ? -1 : v.length()).append(':').append(v);
        }
        return sb.toString();
    }

    /** Rules that need the organisation: the commune and team exist, a known caller belongs to the call's commune. */
    private void checkAgainstDirectory(Call call) {
        List<FieldError> errors = new ArrayList<>();
        if (!directory.communeExists(call.communeCode())) {
            errors.add(new FieldError("commune", "commune.unknown", "Commune inconnue"));
        }
        if (call.caller().isKnownPerson()) {
            directory.communeOfPerson(call.caller().personId()).ifPresentOrElse(
                    commune -> {
                        if (!commune.equals(call.communeCode())) {
                            errors.add(new FieldError("commune", "commune.not-the-callers",
                                    "La commune de l'appel est celle de l'appelant (" + commune + ")"));
                        }
                    },
                    () -> errors.add(new FieldError("caller.personId", "caller.person.unknown",
                            "Personne inconnue")));
        }
        if (call.transferredTo() != null && !directory.teamExists(call.transferredTo())) {
            errors.add(new FieldError("transferredTo", "transferredTo.unknown", "Équipe inconnue"));
        }
        if (!errors.isEmpty()) {
            throw new CallRuleException(errors);
        }
    }

    /** A call in the scope, with its ticket when the scope may read it; 404 otherwise. */
    @Transactional(readOnly = true)
    public LoggedCall get(long id, AccessScope scope) {
        Call call = store.find(id, scope).orElseThrow(() -> ProblemException.notFound(NOT_FOUND, "Appel"));
        TicketRef ticket = call.ticketId() == null ? null : tickets.findReadable(call.ticketId(), scope).orElse(null);
        return withTicket(call, ticket);
    }

    @Transactional(readOnly = true)
    public CallPage list(CallQuery query, AccessScope scope) {
        return store.search(query, scope);
    }

    /** The calls that opened or followed up a ticket, oldest first; 404 when the ticket is not readable. */
    @Transactional(readOnly = true)
    public List<Call> ofTicket(long ticketId, AccessScope scope) {
        tickets.requireReadable(ticketId, scope);
        return store.ofTicket(ticketId, scope);
    }
}
