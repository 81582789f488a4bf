package fr.proxima.inventory.agent.application;

import fr.proxima.organisation.ProblemException;

/** Problem codes of the agents, INV-32xx. */
public final class AgentProblems {
    /** No token, or an unknown or revoked one (401). */
    public static final String UNAUTHENTICATED = "INV-3201";
    /** The body is not a valid OCS message (400). */
    public static final String BAD_MESSAGE = "INV-3202";
    /** The body or its inflated size exceeds the limit (413). */
    public static final String TOO_LARGE = "INV-3203";
    /** Invalid token request (400). */
    public static final String INVALID = "INV-3204";
    /** No such token (404). */
    public static final String TOKEN_NOT_FOUND = "INV-3205";
    /** Only administrators manage tokens (403). */
    public static final String FORBIDDEN = "INV-3206";
    /** The inventory cannot be recorded as given (e.g. a serial already known in another commune) (409). */
    public static final String CONFLICT = "INV-3207";

    private AgentProblems() {
    }

    public static ProblemException unauthenticated() {
        return new ProblemException(401, UNAUTHENTICATED, "Agent non authentifié",
                "Jeton d'agent absent, inconnu ou révoqué");
    }

    public static ProblemException tokenNotFound() {
        return ProblemException.notFound(TOKEN_NOT_FOUND, "Jeton d'agent");
    }

    public static ProblemException forbidden() {
        return ProblemException.forbidden(FORBIDDEN, "Seul un administrateur gère les jetons d'agent");
    }
}
