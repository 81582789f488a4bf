package fr.proxima.app.web.ui.ticket;

import fr.proxima.itsm.ServiceLevels;
import fr.proxima.itsm.ServiceLevels.Segment;
import fr.proxima.itsm.ServiceLevels.Target;
import fr.proxima.itsm.ServiceLevels.TicketServiceLevel;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.ProblemException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service-level panel of the ticket page: the contract in force, each target (business minutes allowed,
 * consumed, left; the due instant; the state in colour) and the clock's segments (running, paused with the reason,
 * stopped). Read from the itsm public API {@link ServiceLevels} with the user's scope.
 */
@Singleton
class ServiceLevelPanel {
    private final ServiceLevels serviceLevels;

    ServiceLevelPanel(ServiceLevels serviceLevels) {
        this.serviceLevels = serviceLevels;
    }

    /** The panel's model, or null when the ticket has no clock (no contract of engagement for its commune). */
    @Nullable
    Map<String, Object> panel(long ticketId, AccessScope scope) {
        TicketServiceLevel level;
        try {
            level = serviceLevels.forTicket(ticketId, scope);
        } catch (ProblemException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
        Map<String, Object> panel = new LinkedHashMap<>();
        panel.put("contractVersion", level.contractVersion());
        panel.put("calendar", level.calendarId());
        panel.put("atRiskPercent", level.atRiskPercent());
        panel.put("evaluatedAt", level.evaluatedAt());
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Target t : level.targets()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", t.kind().name());
            m.put("targetMinutes", t.targetMinutes());
            m.put("consumedMinutes", t.consumedMinutes());
            m.put("remainingMinutes", t.remainingMinutes());
            m.put("due", t.due() != null ? t.due() : t.dueIfResumedNow());
            m.put("dueIsProjection", t.due() == null && t.dueIfResumedNow() != null);
            m.put("state", t.state().name());
            m.put("running", t.running());
            m.put("completedAt", t.completedAt());
            m.put("breachedAt", t.breachedAt());
            targets.add(m);
        }
        panel.put("targets", targets);
        List<Map<String, Object>> segments = new ArrayList<>();
        for (Segment s : level.segments()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phase", s.phase());
            m.put("start", s.start());
            m.put("end", s.end());
            m.put("reason", s.reason());
            m.put("actor", s.actor());
            segments.add(m);
        }
        panel.put("segments", segments);
        return panel;
    }
}
