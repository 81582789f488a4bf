package fr.proxima.inventory.ciimport.infrastructure;

import fr.proxima.inventory.ciimport.infrastructure.ImportJob.Counts;
import fr.proxima.inventory.ciimport.infrastructure.ImportJob.Status;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The import jobs and their report lines ({@code inv_import_job}, {@code inv_import_line}), in the caller's
 * transaction. Jobs are not scoped by commune: they belong to who submitted them ({@code owner}, {@code null} for an
 * administrator who reads them all). Each method joins the caller's transaction or runs in its own.
 */
@Singleton
@Transactional
public class ImportJobStore {
    private static final String COLUMNS = "id, created_by, created_at, file_name, encoding, dry_run, source_job_id,"
            + " applied_by_id, status, total_lines, processed_lines, created, updated, unchanged, rejected, started_at,"
            + " finished_at, failure";

    private final JdbcOperations jdbc;

    ImportJobStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new QUEUED job with its file; returns its id. {@code writerCentre}: the one centre whose communes the
     * submitter may change (null: every commune).
     */
    public long insert(String createdBy, Instant at, String fileName, String encoding, boolean dryRun,
                       Long sourceJobId, int totalLines, byte[] content, String writerCentre) {
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO inv_import_job (created_by, created_at, file_name, encoding, dry_run, source_job_id,
                                                status, total_lines, content, writer_centre)
                    VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, createdBy);
                ps.setTimestamp(2, Timestamp.from(at));
                ps.setString(3, fileName);
                ps.setString(4, encoding);
                ps.setBoolean(5, dryRun);
                ps.setObject(6, sourceJobId, Types.BIGINT);
                ps.setInt(7, totalLines);
                ps.setBytes(8, content);
                ps.setString(9, writerCentre);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** The one centre whose communes the job may change, or empty for every commune. */
    public Optional<String> writerCentre(long id) {
        return jdbc.prepareStatement("SELECT writer_centre FROM inv_import_job WHERE id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    /** The job if it exists and belongs to {@code owner} ({@code null}: any owner). */
    public Optional<ImportJob> find(long id, @Nullable String owner) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM inv_import_job WHERE id = ?"
                + " AND (? IS NULL OR created_by = ?)", ps -> {
                    ps.setLong(1, id);
                    ps.setString(2, owner);
                    ps.setString(3, owner);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(job(rs)) : Optional.<ImportJob>empty();
                    }
                });
    }

    /** The latest jobs of {@code owner} ({@code null}: everyone's), newest first. */
    public List<ImportJob> list(@Nullable String owner, int limit) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM inv_import_job WHERE (? IS NULL OR created_by = ?)"
                + " ORDER BY id DESC LIMIT ?", ps -> {
                    ps.setString(1, owner);
                    ps.setString(2, owner);
                    ps.setInt(3, limit);
                    List<ImportJob> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(job(rs));
                        }
                    }
                    return out;
                });
    }

    public byte[] content(long id) {
        return jdbc.prepareStatement("SELECT content FROM inv_import_job WHERE id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        });
    }

    /** The jobs left QUEUED (to run again after a restart). */
    public List<Long> queued() {
        return jdbc.prepareStatement("SELECT id FROM inv_import_job WHERE status = 'QUEUED' ORDER BY id", ps -> {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** Marks the jobs a stopped server left RUNNING as FAILED; returns how many. */
    public int failRunning(String reason, Instant at) {
        return jdbc.prepareStatement("UPDATE inv_import_job SET status = 'FAILED', failure = ?, finished_at = ?"
                + " WHERE status = 'RUNNING'", ps -> {
                    ps.setString(1, reason);
                    ps.setTimestamp(2, Timestamp.from(at));
                    return ps.executeUpdate();
                });
    }

    public void start(long id, Instant at) {
        jdbc.prepareStatement("UPDATE inv_import_job SET status = 'RUNNING', started_at = ? WHERE id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, id);
            return ps.executeUpdate();
        });
    }

    /** Adds a chunk's counts to the job (its progress). */
    public void progress(long id, Counts c) {
        jdbc.prepareStatement("""
                UPDATE inv_import_job SET processed_lines = processed_lines + ?, created = created + ?,
                       updated = updated + ?, unchanged = unchanged + ?, rejected = rejected + ? WHERE id = ?""", ps -> {
            ps.setInt(1, c.processed());
            ps.setInt(2, c.created());
            ps.setInt(3, c.updated());
            ps.setInt(4, c.unchanged());
            ps.setInt(5, c.rejected());
            ps.setLong(6, id);
            return ps.executeUpdate();
        });
    }

    public void finish(long id, Status status, @Nullable String failure, Instant at) {
        jdbc.prepareStatement("UPDATE inv_import_job SET status = ?, failure = ?, finished_at = ? WHERE id = ?", ps -> {
            ps.setString(1, status.name());
            ps.setString(2, failure);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setLong(4, id);
            return ps.executeUpdate();
        });
    }

    /** Records that {@code applyJobId} applies the dry run {@code dryRunId}; false when it was applied already. */
    public boolean claimApply(long dryRunId, long applyJobId) {
        return jdbc.prepareStatement("UPDATE inv_import_job SET applied_by_id = ? WHERE id = ? AND dry_run = TRUE"
                + " AND status = 'DONE' AND applied_by_id IS NULL", ps -> {
                    ps.setLong(1, applyJobId);
                    ps.setLong(2, dryRunId);
                    return ps.executeUpdate() == 1;
                });
    }

    /** Writes report lines (multi-row statements). */
    public void writeLines(long jobId, List<ReportLine> lines) {
        for (int from = 0; from < lines.size(); from += 1000) {
            List<ReportLine> part = lines.subList(from, Math.min(lines.size(), from + 1000));
            jdbc.prepareStatement("INSERT INTO inv_import_line (job_id, line_no, outcome, asset_tag, ci_id, message)"
                    + " VALUES " + ",(?,?,?,?,?,?)".repeat(part.size()).substring(1), ps -> {
                        int i = 1;
                        for (ReportLine l : part) {
                            ps.setLong(i++, jobId);
                            ps.setLong(i++, l.line());
                            ps.setString(i++, l.outcome());
                            ps.setString(i++, l.assetTag());
                            ps.setObject(i++, l.ciId(), Types.BIGINT);
                            ps.setString(i++, cut(l.message()));
                        }
                        return ps.executeUpdate();
                    });
        }
    }

    /** A page of a job's report lines in line order, optionally of one outcome; {@code size + 1} fetched. */
    public List<ReportLine> lines(long jobId, @Nullable String outcome, int limit, long offset) {
        return jdbc.prepareStatement("SELECT line_no, outcome, asset_tag, ci_id, message FROM inv_import_line"
                + " WHERE job_id = ? AND (? IS NULL OR outcome = ?) ORDER BY line_no LIMIT ? OFFSET ?", ps -> {
                    ps.setLong(1, jobId);
                    ps.setString(2, outcome);
                    ps.setString(3, outcome);
                    ps.setInt(4, limit);
                    ps.setLong(5, offset);
                    List<ReportLine> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long ci = rs.getLong(4);
                            out.add(new ReportLine(rs.getLong(1), rs.getString(2), rs.getString(3),
                                    rs.wasNull() ? null : ci, rs.getString(5)));
                        }
                    }
                    return out;
                });
    }

    /** Deletes the jobs finished before {@code before} (with their lines and files); returns how many. */
    public int purgeFinishedBefore(Instant before) {
        return jdbc.prepareStatement("DELETE FROM inv_import_job WHERE finished_at < ? AND status IN ('DONE', 'FAILED')",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(before));
                    return ps.executeUpdate();
                });
    }

    private static ImportJob job(ResultSet rs) throws SQLException {
        long source = rs.getLong(7);
        Long sourceId = rs.wasNull() ? null : source;
        long applied = rs.getLong(8);
        Long appliedId = rs.wasNull() ? null : applied;
        Timestamp started = rs.getTimestamp(16);
        Timestamp finished = rs.getTimestamp(17);
        return new ImportJob(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                rs.getString(5), rs.getBoolean(6), sourceId, appliedId, Status.valueOf(rs.getString(9)), rs.getInt(10),
                rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15),
                started == null ? null : started.toInstant(), finished == null ? null : finished.toInstant(),
                rs.getString(18));
    }

    private static String cut(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 999) + "…";
    }
}
