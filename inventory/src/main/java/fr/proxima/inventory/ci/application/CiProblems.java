package fr.proxima.inventory.ci.application;

import fr.proxima.inventory.ci.infrastructure.DuplicateCiException;
import fr.proxima.inventory.ci.model.CiRuleViolation;
import fr.proxima.inventory.internal.InvProblems;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.ProblemException.FieldError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CI rules' refusals as problem documents (codes in {@link InvProblems}). */
public final class CiProblems {
    private CiProblems() {
    }

    /** 400 with field errors, or 409 (with {@code allowedStatuses} for a status change). */
    public static ProblemException of(CiRuleViolation v) {
        List<FieldError> fields = v.violations().stream()
                .map(x -> new FieldError(x.field(), x.code(), x.message())).toList();
        if (v.kind() == CiRuleViolation.Kind.INVALID) {
            return fields.isEmpty() ? new ProblemException(400, v.code(), "Requête invalide", v.getMessage())
                    : ProblemException.invalid(v.code(), fields);
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        if (v.code().equals(CiRuleViolation.ILLEGAL_STATUS)) {
            extra.put("allowedStatuses", v.allowed());
        }
        return new ProblemException(409, v.code(), "Modification impossible", v.getMessage(), fields, extra);
    }

    /** 409: a unique identifier of the CI is another CI's ({@code existingId} when known). */
    public static ProblemException duplicate(DuplicateCiException.Key key, Long existingId) {
        Map<String, Object> extra = existingId == null ? Map.of() : Map.of("existingId", existingId);
        return switch (key) {
            case ASSET_TAG -> InvProblems.conflict(InvProblems.ASSET_TAG_TAKEN, "Numéro d'inventaire déjà attribué",
                    "Un autre matériel porte déjà ce numéro d'inventaire", extra);
            case SERIAL -> InvProblems.conflict(InvProblems.SERIAL_TAKEN, "Numéro de série déjà connu",
                    "Un autre matériel de ce fabricant a déjà ce numéro de série", extra);
            case LINE_NUMBER -> InvProblems.conflict(InvProblems.LINE_TAKEN, "Ligne déjà attribuée",
                    "Ce numéro de ligne est déjà sur un autre matériel", extra);
            case AGENT_DEVICE -> InvProblems.conflict(InvProblems.AGENT_DEVICE_TAKEN,
                    "Identifiant d'agent déjà connu",
                    "Un autre matériel est déjà rapporté par l'agent d'inventaire de cet identifiant", extra);
        };
    }
}
