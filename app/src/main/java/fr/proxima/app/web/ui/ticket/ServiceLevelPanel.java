package fr.proxima.app.web.ui.ticket;

import fr.proxima.app.web.ui.ApiClient;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * HOOK for the service-level panel of the ticket page (targets, due dates, time left, clock segments). The SLA
 * clock ({@code fr.proxima.itsm.ServiceLevels}) is being built on main; until it is merged here this answers no
 * panel and the page says so. See docs/web-ui.md, "SLA".
 */
@Singleton
class ServiceLevelPanel {

    /** The panel's model for the ticket, or null when the server has no service-level clock yet. */
    @Nullable
    Map<String, Object> panel(ApiClient.User api, long ticketId) {
        return null;
    }
}
