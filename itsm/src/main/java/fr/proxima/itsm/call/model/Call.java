package fr.proxima.itsm.call.model;

import fr.proxima.itsm.TicketType;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.TeamCode;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A call received by the CAN and what came of it. A call refers to at most one ticket: the one it opened
 * (INCIDENT_CREATED, REQUEST_CREATED) or the one it is about (FOLLOW_UP); the other outcomes never carry one.
 * A call is never edited once logged: it is its own audit record (agent, received at, created at).
 *
 * <p>A call that opens a ticket exists for a moment without it: the call is stored first so that the ticket can
 * name the call it came from, then {@link #ticketOpened(long)} attaches the ticket in the same transaction.
 */
public record Call(Long id, Instant receivedAt, Channel channel, Caller caller, String communeCode,
                   CallAgent agent, int durationSeconds, String notes, CallOutcome outcome, Long ticketId,
                   String transferredTo, Instant createdAt) {

    /** A call lasts at most a day; longer is a typing error. */
    public static final int MAX_DURATION_SECONDS = 24 * 3600;
    public static final int MAX_NOTES = 10_000;
    /** Tolerance for the clock of the agent's workstation: a call received "in the future" beyond it is refused. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public Call {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!outcome.concernsTicket() && ticketId != null) {
            throw new IllegalStateException("a " + outcome + " call carries no ticket");
        }
        if (outcome.linksTicket() && ticketId == null) {
            throw new IllegalStateException("a follow-up call links to a ticket");
        }
        if (outcome.transfers() != (transferredTo != null)) {
            throw new IllegalStateException("only a transferred call names the team it went to");
        }
    }

    /**
     * Checks a new call against every rule and returns it, not yet stored ({@code id} null). A call that opens a
     * ticket comes back without it; attach it with {@link #ticketOpened(long)}.
     *
     * @throws CallRuleException listing every broken rule
     */
    public static Call log(LogCall c, Instant now) {
        Violations v = new Violations();
        if (c.receivedAt() == null) {
            v.add("receivedAt", "receivedAt.required", "La date de réception est obligatoire");
        } else if (c.receivedAt().isAfter(now.plus(CLOCK_SKEW))) {
            v.add("receivedAt", "receivedAt.future", "Un appel ne peut pas être reçu dans le futur");
        }
        if (c.channel() == null) {
            v.add("channel", "channel.required", "Le canal est obligatoire");
        }
        Caller caller = Caller.checked(c.callerPersonId(), c.callerName(), c.callerPhone(), v);
        if (c.communeCode() == null || c.communeCode().isBlank()) {
            v.add("commune", "commune.required", "La commune est obligatoire");
        } else if (!CommuneCode.isValid(c.communeCode())) {
            v.add("commune", "commune.invalid", "Code INSEE invalide");
        }
        if (c.agent() == null) {
            v.add("agent", "agent.required", "L'agent de la CAN est obligatoire");
        }
        if (c.durationSeconds() == null) {
            v.add("durationSeconds", "duration.required", "La durée est obligatoire");
        } else if (c.durationSeconds() < 0 || c.durationSeconds() > MAX_DURATION_SECONDS) {
            v.add("durationSeconds", "duration.out-of-range", "Durée entre 0 et " + MAX_DURATION_SECONDS + " s");
        }
        String notes = c.notes() == null || c.notes().isBlank() ? null : c.notes().strip();
        if (notes != null && notes.length() > MAX_NOTES) {
            v.add("notes", "notes.too-long", "Notes trop longues (" + MAX_NOTES + " caractères max.)");
        }
        String transferredTo = c.transferredTo() == null || c.transferredTo().isBlank() ? null : c.transferredTo();
        CallOutcome outcome = c.outcome();
        if (outcome == null) {
            v.add("outcome", "outcome.required", "L'issue de l'appel est obligatoire");
        } else {
            checkOutcome(outcome, c.withNewTicket(), c.followedTicketId(), transferredTo, v);
        }
        v.throwIfAny();
        return new Call(null, c.receivedAt(), c.channel(), caller, c.communeCode(), c.agent(), c.durationSeconds(),
                notes, outcome, outcome.linksTicket() ? c.followedTicketId() : null, transferredTo, now);
    }

    private static void checkOutcome(CallOutcome outcome, boolean withNewTicket, Long followedTicketId,
                                     String transferredTo, Violations v) {
        if (outcome.opensTicketOfAnyType() && !withNewTicket) {
            v.add("ticket", "ticket.required", "Cette issue crée un ticket : le ticket est obligatoire");
        }
        if (!outcome.opensTicketOfAnyType() && withNewTicket) {
            v.add("ticket", "ticket.forbidden", "Seules les issues INCIDENT_CREATED et REQUEST_CREATED créent un ticket");
        }
        if (outcome.linksTicket() && followedTicketId == null) {
            v.add("ticketId", "ticketId.required", "Un suivi porte sur un ticket existant : ticketId est obligatoire");
        }
        if (!outcome.linksTicket() && followedTicketId != null) {
            v.add("ticketId", "ticketId.forbidden", "Seul un appel de suivi (FOLLOW_UP) porte sur un ticket existant");
        }
        if (outcome.transfers() && transferredTo == null) {
            v.add("transferredTo", "transferredTo.required", "Un transfert désigne l'équipe destinataire");
        } else if (outcome.transfers() && !TeamCode.isValid(transferredTo)) {
            v.add("transferredTo", "transferredTo.invalid", "Code d'équipe invalide");
        }
        if (!outcome.transfers() && transferredTo != null) {
            v.add("transferredTo", "transferredTo.forbidden", "Seul un appel transféré désigne une équipe");
        }
    }

    /** The type of the ticket this call must open, if it opens one. */
    public Optional<TicketType> ticketToOpen() {
        return outcome.opensTicket();
    }

    /** Whether this call opens a ticket that is not attached yet. */
    public boolean awaitsItsTicket() {
        return outcome.opensTicketOfAnyType() && ticketId == null;
    }

    /** Attaches the ticket this call opened. */
    public Call ticketOpened(long openedTicketId) {
        if (!awaitsItsTicket()) {
            throw new IllegalStateException("call " + id + " (" + outcome + ") does not await a ticket");
        }
        return new Call(id, receivedAt, channel, caller, communeCode, agent, durationSeconds, notes, outcome,
                openedTicketId, transferredTo, createdAt);
    }

    public Call withId(long newId) {
        return new Call(newId, receivedAt, channel, caller, communeCode, agent, durationSeconds, notes, outcome,
                ticketId, transferredTo, createdAt);
    }
}
