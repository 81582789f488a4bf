package fr.proxima.itsm.sla.application;

import fr.proxima.itsm.SlaState;
import fr.proxima.itsm.sla.infrastructure.ClockStore;
import fr.proxima.organisation.AccessScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;

/** The recorded escalations, read within the caller's scope (a commune viewer reads its commune's only). */
@Singleton
public class Escalations {
    private final ClockStore store;

    Escalations(ClockStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public List<ClockStore.Escalation> page(AccessScope scope, @Nullable String commune, @Nullable String centre,
                                            @Nullable SlaState level, @Nullable Instant since, int page, int limit) {
        return store.escalations(scope.communeFilter(), commune, centre, null, level, since, limit,
                (long) page * (limit - 1));
    }

    /** The escalations of one ticket the caller may read (checked by the caller), oldest first. */
    @Transactional(readOnly = true)
    public List<ClockStore.Escalation> ofTicket(long ticketId, AccessScope scope) {
        List<ClockStore.Escalation> newestFirst = new java.util.ArrayList<>(
                store.escalations(scope.communeFilter(), null, null, ticketId, null, null, 100, 0));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }
}
