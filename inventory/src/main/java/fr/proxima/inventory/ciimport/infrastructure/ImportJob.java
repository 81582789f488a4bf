package fr.proxima.inventory.ciimport.infrastructure;

import java.time.Instant;

/** An import job as stored (without its file). */
public record ImportJob(long id, String createdBy, Instant createdAt, String fileName, String encoding, boolean dryRun,
                        Long sourceJobId, Long appliedById, Status status, int totalLines, int processedLines,
                        int created, int updated, int unchanged, int rejected, Instant startedAt, Instant finishedAt,
                        String failure) {

    /** QUEUED → RUNNING → DONE or FAILED. */
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    /** Counts of a chunk of lines, added to the job's totals. */
    public record Counts(int processed, int created, int updated, int unchanged, int rejected) {
    }
}
