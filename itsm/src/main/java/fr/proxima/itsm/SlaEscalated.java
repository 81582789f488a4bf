package fr.proxima.itsm;

import java.time.Instant;
import java.util.List;

/**
 * A service-level target of a ticket reached a level that escalates: {@link SlaState#AT_RISK} (the centre manager
 * is told) or {@link SlaState#BREACHED} (the centre manager and the head of the proximity service are told).
 * Recorded once per ticket, target and level, then published after the commit; the recorded escalation is the
 * truth (queryable), the event only feeds notifications.
 *
 * @param recipients who must hear of it, as role names and team codes, e.g. {@code CENTRE_MANAGER:SUD},
 *                   {@code HEAD_OF_PROXIMITY}
 */
public record SlaEscalated(long escalationId, long ticketId, String number, String communeCode, String centreCode,
                           SlaTargetKind target, SlaState level, Instant at, List<String> recipients) {
}
