package fr.proxima.itsm.ticket.application;

import fr.proxima.itsm.ticket.model.TicketRuleViolation;
import fr.proxima.organisation.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problem documents of the tickets feature, with their stable codes. */
public final class TicketProblems {
    /** Invalid input (field errors). */
    public static final String INVALID = "ITSM-2001";
    /** The version sent by the client is not the current one. */
    public static final String STALE_VERSION = "ITSM-2002";
    /** No such ticket, or not in the caller's scope. */
    public static final String NOT_FOUND = "ITSM-2004";

    private TicketProblems() {
    }

    public static ProblemException notFound() {
        return ProblemException.notFound(NOT_FOUND, "Ticket");
    }

    public static ProblemException stale(long currentVersion) {
        return new ProblemException(409, STALE_VERSION, "Version périmée",
                "Le ticket a été modifié entre-temps ; rechargez-le avant de recommencer", List.of(),
                Map.of("currentVersion", currentVersion));
    }

    public static ProblemException staleConcurrent() {
        return ProblemException.conflict(STALE_VERSION, "Version périmée",
                "Le ticket a été modifié entre-temps ; rechargez-le avant de recommencer");
    }

    public static ProblemException forbidden(String detail) {
        return ProblemException.forbidden(TicketRuleViolation.NOT_PERMITTED, detail);
    }

    public static ProblemException of(TicketRuleViolation v) {
        return switch (v.kind()) {
            case ILLEGAL_TRANSITION -> {
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("currentStatus", v.status().name());
                extra.put("allowedTransitions", v.allowedTransitions());
                yield new ProblemException(409, v.code(), "Transition impossible", v.getMessage(), List.of(), extra);
            }
            case NOT_PERMITTED -> ProblemException.forbidden(v.code(), v.getMessage());
            case INVALID_ARGUMENT -> ProblemException.invalid(v.code(),
                    List.of(new ProblemException.FieldError(v.field(), "invalid", v.getMessage())));
        };
    }
}
