package fr.proxima.itsm.comment;

import fr.proxima.itsm.TicketRef;
import fr.proxima.itsm.Tickets;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.Role;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * The comments of tickets, always read and written through the caller's scope (see the package documentation for
 * the rules).
 */
@Singleton
public class Comments {
    /** A commune viewer, or someone who may neither change the ticket nor is a CAN agent, tried to comment. */
    public static final String FORBIDDEN = "ITSM-2201";
    /** A CAN agent who may not change the ticket tried an internal comment. */
    public static final String INTERNAL_FORBIDDEN = "ITSM-2202";
    public static final String INVALID = "ITSM-2203";

    private final CommentRepository repository;
    private final Tickets tickets;
    private final Clock clock;

    Comments(CommentRepository repository, Tickets tickets) {
        this.repository = repository;
        this.tickets = tickets;
        this.clock = Clock.systemUTC();
    }

    /** The ticket's comments the scope may see, oldest first; 404 when the ticket is not readable. */
    @Transactional(readOnly = true)
    public List<Comment> list(long ticketId, AccessScope scope) {
        tickets.requireReadable(ticketId, scope);
        return repository.findByTicket(ticketId, scope.communeFilter(), mayReadInternal(scope));
    }

    /** Adds a comment; 404 when the ticket is not readable, 403 when the scope may not comment it. */
    @Transactional
    public Comment add(long ticketId, String text, CommentVisibility visibility, AccessScope scope) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > Comment.MAX_TEXT) {
            throw ProblemException.invalidField(INVALID, "text", body.isEmpty() ? "text.required" : "text.too-long",
                    "Le commentaire contient de 1 à " + Comment.MAX_TEXT + " caractères");
        }
        if (visibility == null) {
            throw ProblemException.invalidField(INVALID, "visibility", "visibility.required",
                    "La visibilité est PUBLIC ou INTERNAL");
        }
        TicketRef ticket = tickets.requireReadable(ticketId, scope);
        requireMayWrite(ticket, visibility, scope);
        return repository.save(new Comment(null, ticket.id(), ticket.communeCode(), visibility, body, scope.userId(),
                scope.username(), scope.role().name(), clock.instant()));
    }

    private void requireMayWrite(TicketRef ticket, CommentVisibility visibility, AccessScope scope) {
        if (scope.isReadOnly()) {
            throw ProblemException.forbidden(FORBIDDEN, "Un lecteur de commune ne peut pas commenter un ticket");
        }
        if (mayChange(ticket, scope)) {
            return;
        }
        if (scope.has(Role.CAN_AGENT)) {
            if (visibility == CommentVisibility.PUBLIC) {
                return;
            }
            throw ProblemException.forbidden(INTERNAL_FORBIDDEN,
                    "La CAN ne peut ajouter qu'un commentaire public à un ticket d'une autre équipe");
        }
        throw ProblemException.forbidden(FORBIDDEN, "Ce ticket ne peut pas être commenté par votre équipe");
    }

    private boolean mayChange(TicketRef ticket, AccessScope scope) {
        try {
            tickets.requireChangeable(ticket.id(), scope);
            return true;
        } catch (ProblemException e) {
            if (e.status() == 403) {
                return false;
            }
            throw e;
        }
    }

    private static boolean mayReadInternal(AccessScope scope) {
        return !scope.isReadOnly();
    }
}
