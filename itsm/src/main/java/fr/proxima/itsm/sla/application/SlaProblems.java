package fr.proxima.itsm.sla.application;

import fr.proxima.organisation.ProblemException;

/** Problem codes of the service-level clock (ITSM-232x). */
public final class SlaProblems {
    public static final String INVALID = "ITSM-2321";
    public static final String NO_CLOCK = "ITSM-2324";

    private SlaProblems() {
    }

    static ProblemException notYetOpen() {
        return ProblemException.invalidField(INVALID, "at", "before_opening", "Le ticket n'était pas encore ouvert");
    }

    static ProblemException noClock() {
        return ProblemException.notFound(NO_CLOCK, "Horloge de service du ticket");
    }
}
