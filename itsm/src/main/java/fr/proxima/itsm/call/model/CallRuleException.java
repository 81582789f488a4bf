package fr.proxima.itsm.call.model;

import fr.proxima.organisation.ProblemException;

import java.util.List;
import java.util.Map;

/**
 * A call that breaks a rule of the model: a 400 problem with code {@value #CODE} and one field error per broken
 * rule; the field error codes (e.g. {@code ticket.required}) are stable and tested.
 */
public class CallRuleException extends ProblemException {
    public static final String CODE = "ITSM-2101";

    public CallRuleException(List<FieldError> errors) {
        super(400, CODE, "Appel invalide", "L'appel ne respecte pas une ou plusieurs règles", errors, Map.of());
    }

    public boolean breaks(String fieldCode) {
        return fieldErrors().stream().anyMatch(e -> e.code().equals(fieldCode));
    }
}
