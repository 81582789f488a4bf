package fr.proxima.itsm.contract;

import fr.proxima.organisation.ProblemException;

/** Problem codes of the contracts of engagement (ITSM-231x). */
public final class ContractProblems {
    public static final String INVALID = "ITSM-2311";
    public static final String STALE_VERSION = "ITSM-2312";
    public static final String FORBIDDEN = "ITSM-2313";
    public static final String NOT_FOUND = "ITSM-2314";

    private ContractProblems() {
    }

    static ProblemException notFound() {
        return ProblemException.notFound(NOT_FOUND, "Contrat d'engagement");
    }

    static ProblemException stale(int current) {
        return new ProblemException(409, STALE_VERSION, "Version périmée",
                "Le contrat a été modifié entre-temps ; rechargez-le avant de recommencer", java.util.List.of(),
                java.util.Map.of("currentVersion", current));
    }
}
