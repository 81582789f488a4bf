package fr.proxima.inventory.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One finding of the quality control: its check, the CI it is about (a link, {@code /api/cis/{id}}) or the person
 * (for "people with no equipment"), and what is wrong, in French.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Finding(QualityCheck check, @Nullable Long ciId, @Nullable String assetTag, @Nullable Long personId,
                      String subject, String detail, @Nullable String link) {

    static Finding ci(QualityCheck check, long ciId, String assetTag, String subject, String detail) {
        return new Finding(check, ciId, assetTag, null, subject, detail, "/api/cis/" + ciId);
    }

    static Finding person(long personId, String name, String detail) {
        return new Finding(QualityCheck.PERSON_WITHOUT_EQUIPMENT, null, null, personId, name, detail,
                "/api/people/" + personId);
    }
}
