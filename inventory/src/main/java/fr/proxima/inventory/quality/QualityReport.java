package fr.proxima.inventory.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The quality-control report of one commune's configuration data: how many findings each check has, and the
 * findings (at most {@code limit} per check in the JSON answer, every one in the CSV export).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record QualityReport(String commune, String communeName, Instant generatedAt, Map<QualityCheck, Integer> counts,
                            List<Finding> findings, boolean truncated) {
}
