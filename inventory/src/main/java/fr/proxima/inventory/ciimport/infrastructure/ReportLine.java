package fr.proxima.inventory.ciimport.infrastructure;

/** One line of an import's report: a created, updated or rejected data line (unchanged lines are only counted). */
public record ReportLine(long line, String outcome, String assetTag, Long ciId, String message) {
}
