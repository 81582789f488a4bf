package fr.proxima.organisation.internal;

import fr.proxima.organisation.ProblemException;

import java.util.ArrayList;
import java.util.List;

/** Collects the field errors of one input so the client hears of all of them at once. */
public final class FieldErrors {
    private final List<ProblemException.FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String code, String message) {
        errors.add(new ProblemException.FieldError(field, code, message));
        return this;
    }

    public FieldErrors check(boolean ok, String field, String code, String message) {
        return ok ? this : add(field, code, message);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw OrgProblems.invalid(List.copyOf(errors));
        }
    }
}
