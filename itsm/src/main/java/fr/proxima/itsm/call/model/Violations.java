package fr.proxima.itsm.call.model;

import fr.proxima.organisation.ProblemException.FieldError;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of a call, so the agent sees them all at once. */
final class Violations {
    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new CallRuleException(errors);
        }
    }
}
