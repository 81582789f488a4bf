package fr.proxima.inventory.ciimport.application;

import fr.proxima.inventory.ci.application.CiWriteScope;
import fr.proxima.inventory.ci.model.CiPermissions;
import fr.proxima.inventory.ciimport.infrastructure.ImportJob;
import fr.proxima.inventory.ciimport.infrastructure.ImportJobStore;
import fr.proxima.inventory.ciimport.infrastructure.ReportLine;
import fr.proxima.inventory.ciimport.model.ImportFile;
import fr.proxima.inventory.internal.InvProblems;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.Paged;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.Role;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * CSV imports of CIs: submit a file (dry run or real run), apply a finished dry run, follow a job's progress and
 * read its report. A job runs in the background ({@link ImportRunner}), one at a time in submission order; its
 * progress and counts are updated after every chunk of lines. Submitting: the CI writers; reading a job: whoever
 * submitted it, and administrators (404 {@code INV-3054} for anyone else, as for an unknown job).
 */
@Singleton
public class CiImports {
    /** Beyond this, a file is refused (split it): 200,000 lines. */
    public static final int MAX_LINES = 200_000;

    private final ImportJobStore store;
    private final ImportRunner runner;
    private final Clock clock;
    private final CiWriteScope writeScope;

    CiImports(ImportJobStore store, ImportRunner runner, Organisation organisation, @Nullable Clock clock) {
        this.store = store;
        this.runner = runner;
        this.clock = clock == null ? Clock.systemUTC() : clock;
        this.writeScope = new CiWriteScope(organisation, this.clock);
    }

    /**
     * Checks the file (encoding, header, size) and queues its import; the answer is the QUEUED job.
     *
     * @throws ProblemException 400 {@code INV-3050} for an unreadable file, 403 {@code INV-3003} for a read-only role
     */
    public ImportJob submit(byte[] content, @Nullable String fileName, boolean dryRun, AccessScope scope) {
        requireWriter(scope);
        ImportFile file;
        int lines;
        try {
            file = ImportFile.read(content);
            lines = file.count();
        } catch (ImportFile.Unreadable e) {
            throw unreadable(e.getMessage());
        } catch (RuntimeException e) {
            throw unreadable("Fichier CSV mal formé (guillemets non refermés ?)");
        }
        if (lines == 0) {
            throw unreadable("Le fichier n'a aucune ligne de données");
        }
        if (lines > MAX_LINES) {
            throw unreadable("Le fichier dépasse " + MAX_LINES + " lignes ; découpez-le");
        }
        String name = fileName == null || fileName.isBlank() ? null
                : fileName.strip().length() > 255 ? fileName.strip().substring(0, 255) : fileName.strip();
        long id = store.insert(scope.username(), clock.instant(), name, file.encoding(), dryRun, null, lines, content,
                writeScope.limitedToCentre(scope).orElse(null));
        runner.enqueue(id);
        return store.find(id, null).orElseThrow();
    }

    /**
     * Imports for real the file of a finished dry run (without sending it again); the answer is the new QUEUED job.
     *
     * @throws ProblemException 409 {@code INV-3055} when the job is not a finished dry run or was applied already
     */
    public ImportJob apply(long dryRunId, AccessScope scope) {
        requireWriter(scope);
        ImportJob dryRun = require(dryRunId, scope);
        if (!dryRun.dryRun() || dryRun.status() != ImportJob.Status.DONE || dryRun.appliedById() != null) {
            throw notApplicable(dryRun);
        }
        long id = store.insert(scope.username(), clock.instant(), dryRun.fileName(), dryRun.encoding(), false,
                dryRunId, dryRun.totalLines(), store.content(dryRunId), writeScope.limitedToCentre(scope).orElse(null));
        if (!store.claimApply(dryRunId, id)) {
            store.finish(id, ImportJob.Status.FAILED, "Simulation déjà appliquée", clock.instant());
            throw notApplicable(dryRun);
        }
        runner.enqueue(id);
        return store.find(id, null).orElseThrow();
    }

    public ImportJob require(long id, AccessScope scope) {
        return store.find(id, owner(scope)).orElseThrow(() -> ProblemException.notFound(InvProblems.IMPORT_NOT_FOUND,
                "Import"));
    }

    /** The caller's latest jobs (an administrator: everyone's), newest first. */
    public List<ImportJob> list(AccessScope scope) {
        return store.list(owner(scope), 50);
    }

    /** A page of a job's report, in line order, optionally of one outcome (CREATED, UPDATED, REJECTED). */
    public Paged<ReportLine> lines(long id, @Nullable String outcome, int page, int size, AccessScope scope) {
        require(id, scope);
        return Paged.of(store.lines(id, outcome, size + 1, (long) page * size), page, size);
    }

    private static String owner(AccessScope scope) {
        return scope.has(Role.ADMIN) ? null : scope.username();
    }

    private static void requireWriter(AccessScope scope) {
        if (!CiPermissions.mayWrite(scope)) {
            throw InvProblems.forbidden("Seuls les administrateurs, les responsables de centre et les intervenants"
                    + " importent des matériels");
        }
    }

    private static ProblemException unreadable(String detail) {
        return new ProblemException(400, InvProblems.IMPORT_FILE_INVALID, "Fichier d'import illisible", detail);
    }

    private static ProblemException notApplicable(ImportJob job) {
        return InvProblems.conflict(InvProblems.IMPORT_NOT_APPLICABLE, "Import impossible à appliquer",
                job.appliedById() != null ? "Cette simulation a déjà été appliquée (import n° " + job.appliedById() + ")"
                        : "Seule une simulation terminée peut être appliquée",
                job.appliedById() == null ? Map.of() : Map.of("appliedBy", job.appliedById()));
    }
}
