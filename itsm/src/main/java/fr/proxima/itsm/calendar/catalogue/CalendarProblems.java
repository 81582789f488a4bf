package fr.proxima.itsm.calendar.catalogue;

import fr.proxima.organisation.ProblemException;

/** Problem codes of the calendars (ITSM-230x). */
public final class CalendarProblems {
    public static final String INVALID = "ITSM-2301";
    public static final String STALE_VERSION = "ITSM-2302";
    public static final String FORBIDDEN = "ITSM-2303";
    public static final String NOT_FOUND = "ITSM-2304";
    public static final String ALREADY_EXISTS = "ITSM-2305";

    private CalendarProblems() {
    }

    static ProblemException notFound() {
        return ProblemException.notFound(NOT_FOUND, "Calendrier");
    }

    static ProblemException forbidden() {
        return ProblemException.forbidden(FORBIDDEN, "Seul un administrateur modifie les calendriers");
    }

    static ProblemException stale() {
        return ProblemException.conflict(STALE_VERSION, "Version périmée",
                "Le calendrier a été modifié entre-temps ; rechargez-le avant de recommencer");
    }
}
