package fr.proxima.itsm.ticket.model;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a new ticket goes: to the proximity centre serving its commune according to the commune → centre map in
 * force at the creation instant. The centre is stored on the ticket, so moving a commune to another centre later
 * routes its new tickets there while the old ones keep the centre they were routed to.
 */
public final class RoutingPolicy {

    /** The commune → centre map at an instant (organisation's map with its history). */
    @FunctionalInterface
    public interface CentreMap {
        Optional<String> centreOf(String communeCode, Instant at);
    }

    private final CentreMap map;

    public RoutingPolicy(CentreMap map) {
        this.map = map;
    }

    /** The centre (team code) a ticket of this commune created at {@code at} goes to; empty if none serves it. */
    public Optional<String> routeNewTicket(String communeCode, Instant at) {
        return map.centreOf(communeCode, at);
    }
}
