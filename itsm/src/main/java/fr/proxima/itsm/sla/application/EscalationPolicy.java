package fr.proxima.itsm.sla.application;

import fr.proxima.itsm.SlaState;

import java.util.List;

/**
 * Who hears of an escalation: at risk, the manager of the ticket's proximity centre; breached, that manager and the
 * head of the proximity service. Recipients are role addresses, resolved to people by the notifications.
 */
public final class EscalationPolicy {
    public static final String HEAD_OF_PROXIMITY = "HEAD_OF_PROXIMITY";

    private EscalationPolicy() {
    }

    public static List<String> recipients(SlaState level, String centreCode) {
        return switch (level) {
            case AT_RISK -> List.of("CENTRE_MANAGER:" + centreCode);
            case BREACHED -> List.of("CENTRE_MANAGER:" + centreCode, HEAD_OF_PROXIMITY);
            default -> throw new IllegalArgumentException("no escalation for " + level);
        };
    }
}
