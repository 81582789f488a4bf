package fr.proxima.inventory;

import fr.proxima.organisation.AccessScope;

import java.util.List;
import java.util.Optional;

/**
 * The configuration database as the other modules see it (the app uses it to link tickets and CIs, since itsm and
 * inventory do not see each other). Every method takes the caller's {@link AccessScope}: a CI outside the scope is
 * reported exactly as a CI that does not exist (404 {@code INV-3004}).
 */
public interface ConfigurationItems {

    /** The CI if it exists and the scope may read it. */
    Optional<CiRef> findReadable(long ciId, AccessScope scope);

    /** The CI if the scope may read it, else a 404 problem. */
    CiRef requireReadable(long ciId, AccessScope scope);

    /**
     * Records that a ticket names the CI; the caller has checked the ticket (it exists and the scope reads it).
     * Returns false when the link already existed. 403 for a read-only role, 404 for a CI out of scope.
     */
    boolean linkTicket(long ciId, long ticketId, String ticketNumber, String ticketCommune, AccessScope scope);

    /** Forgets that a ticket names the CI; 404 when it did not. */
    void unlinkTicket(long ciId, long ticketId, AccessScope scope);

    /** The tickets naming the CI (within the scope's communes), newest link first; 404 for a CI out of scope. */
    List<LinkedTicket> ticketsOf(long ciId, AccessScope scope);

    /** The CIs a ticket names that the scope may read. */
    List<CiRef> namedByTicket(long ticketId, AccessScope scope);

    /** A ticket naming a CI, as recorded when it was linked. */
    record LinkedTicket(long ticketId, String ticketNumber, String ticketCommune, String linkedBy,
                        java.time.Instant linkedAt) {
    }
}
