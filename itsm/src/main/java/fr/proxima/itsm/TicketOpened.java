package fr.proxima.itsm;

import java.time.Instant;

/**
 * A ticket was opened (published after the change, inside the creating transaction; listeners that must not see
 * a rolled-back ticket use {@code @TransactionalEventListener(AFTER_COMMIT)}).
 *
 * @param priority {@code P1}..{@code P4}
 */
public record TicketOpened(long ticketId, String number, TicketType type, String communeCode, String centreCode,
                           String priority, Long callId, Instant at, String actor) {
}
