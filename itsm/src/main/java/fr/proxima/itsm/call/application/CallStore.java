package fr.proxima.itsm.call.application;

import fr.proxima.itsm.call.model.Call;
import fr.proxima.organisation.AccessScope;

import java.util.List;
import java.util.Optional;

/**
 * The only way to the stored calls. Every method takes the caller's scope and the queries filter on it: a call
 * outside the scope is absent, exactly like a call that does not exist.
 */
public interface CallStore {

    /** Stores a new call; the scope must be allowed to log calls. */
    Call insert(Call call, AccessScope scope);

    /** Records the ticket a stored call opened. */
    void attachTicket(Call call, AccessScope scope);

    Optional<Call> find(long id, AccessScope scope);

    CallPage search(CallQuery query, AccessScope scope);

    /** The calls about a ticket (that opened it or followed it up), oldest first. */
    List<Call> ofTicket(long ticketId, AccessScope scope);
}
