package fr.proxima.inventory.ciimport.application;

import fr.proxima.inventory.ci.application.CiReferences;
import fr.proxima.inventory.ci.application.CiWriteScope;
import fr.proxima.inventory.ci.infrastructure.CiReader;
import fr.proxima.inventory.ci.infrastructure.CiStore;
import fr.proxima.inventory.ci.infrastructure.DuplicateCiException;
import fr.proxima.inventory.ci.model.AttributeSpec;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.ci.model.Texts;
import fr.proxima.inventory.ciimport.infrastructure.ImportJob;
import fr.proxima.inventory.ciimport.infrastructure.ImportJob.Counts;
import fr.proxima.inventory.ciimport.infrastructure.ImportJobStore;
import fr.proxima.inventory.ciimport.infrastructure.ReportLine;
import fr.proxima.inventory.ciimport.model.ImportColumn;
import fr.proxima.inventory.ciimport.model.ImportFile;
import fr.proxima.inventory.ciimport.model.ImportLine;
import fr.proxima.inventory.ciimport.model.ImportPlanner;
import fr.proxima.inventory.ciimport.model.LineOutcome;
import fr.proxima.inventory.ciimport.model.LinePlan;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.Organisation.PersonInfo;
import fr.proxima.organisation.Organisation.SiteInfo;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs import jobs, one at a time on a thread of its own, in chunks of {@value #CHUNK} lines. For each chunk: the
 * CIs the lines may be about are read in three queries (by asset tag, serial number, line number), the sites and
 * people they name in two (cached for the rest of the file), every line is planned ({@link ImportPlanner}), and —
 * for a real run — the new CIs are inserted with multi-row statements, the changed ones updated under their
 * version, their history and the chunk's report lines written, and the job's counts moved on, all in one
 * transaction. Should the chunk hit a unique key (someone created the same CI meanwhile), it is rolled back and
 * replayed line by line, each line in its own transaction, so that good lines are applied and the others refused.
 *
 * <p>After a restart, QUEUED jobs run again; a job left RUNNING is marked FAILED (importing the same file again is
 * safe: what was applied comes out unchanged).
 */
@Singleton
public class ImportRunner {
    static final int CHUNK = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);
    private static final Pattern LINE_NUMBER = Pattern.compile("lineNumber\\s*=\\s*([^|]+)");

    private final ImportJobStore jobs;
    private final CiReader reader;
    private final CiStore store;
    private final Organisation organisation;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final ExecutorService executor;

    ImportRunner(ImportJobStore jobs, CiReader reader, CiStore store, Organisation organisation,
                 TransactionOperations<Connection> tx, @Nullable Clock clock) {
        this.jobs = jobs;
        this.reader = reader;
        this.store = store;
        this.organisation = organisation;
        this.tx = tx;
        this.clock = clock == null ? Clock.systemUTC() : clock;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ci-import");
            t.setDaemon(true);
            return t;
        });
    }

    @EventListener
    void onStartup(StartupEvent event) {
        resume();
    }

    /** Fails the jobs a stopped server left running and queues the ones it had not started. */
    void resume() {
        try {
            int failed = jobs.failRunning("Interrompu par un arrêt du serveur ; relancez l'import (ce qui a déjà été"
                    + " importé ressortira inchangé)", clock.instant());
            if (failed > 0) {
                LOG.warn("{} CI import(s) interrupted by a stop marked FAILED", failed);
            }
            jobs.queued().forEach(this::enqueue);
        } catch (RuntimeException e) {
            LOG.warn("could not resume the CI imports at start-up", e);
        }
    }

    void enqueue(long jobId) {
        executor.submit(() -> run(jobId));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Runs one job to its end (DONE or FAILED). Package-private so that benchmarks and tests may run it inline. */
    void run(long jobId) {
        try {
            ImportJob job = jobs.find(jobId, null).orElse(null);
            if (job == null || job.status() != ImportJob.Status.QUEUED) {
                return;
            }
            ImportFile file = ImportFile.read(jobs.content(jobId));
            Instant at = clock.instant();
            jobs.start(jobId, at);
            ImportPlanner planner = new ImportPlanner(job.createdBy(), at, writeScope(jobs.writerCentre(jobId)
                    .orElse(null), at));
            Lookups lookups = new Lookups();
            List<ImportLine> chunk = new ArrayList<>(CHUNK);
            for (ImportLine line : file.lines()) {
                chunk.add(line);
                if (chunk.size() == CHUNK) {
                    chunk(job, planner, lookups, chunk);
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                chunk(job, planner, lookups, chunk);
            }
            jobs.finish(jobId, ImportJob.Status.DONE, null, clock.instant());
        } catch (ImportFile.Unreadable e) {
            jobs.finish(jobId, ImportJob.Status.FAILED, e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            LOG.error("CI import {} failed", jobId, e);
            jobs.finish(jobId, ImportJob.Status.FAILED, "Erreur interne pendant l'import ; les lignes déjà traitées"
                    + " sont appliquées, relancez l'import pour le reste", clock.instant());
        }
    }

    /** The communes of {@code centre} (null: every commune), by the map in force when the run started. */
    private ImportPlanner.WriteScope writeScope(@Nullable String centre, Instant at) {
        if (centre == null) {
            return ImportPlanner.WriteScope.ALL;
        }
        CiWriteScope messages = new CiWriteScope(organisation, clock);
        Map<String, Boolean> served = new HashMap<>();
        return commune -> served.computeIfAbsent(commune, c -> organisation.centreOf(c, at).map(centre::equals)
                .orElse(false)) ? null : messages.refusal(centre, commune);
    }

    private void chunk(ImportJob job, ImportPlanner planner, Lookups lookups, List<ImportLine> lines) {
        Existing existing = load(lines);
        lookups.load(lines);
        CiReferences references = lookups.references();
        List<LinePlan> plans = new ArrayList<>(lines.size());
        for (ImportLine line : lines) {
            plans.add(planner.plan(line, existing, references::check, lookups));
        }
        if (job.dryRun()) {
            tx.executeWrite(status -> {
                List<ReportLine> report = new ArrayList<>();
                for (LinePlan p : plans) {
                    report(p, p.ci() == null ? null : p.ci().id(), report);
                }
                jobs.writeLines(job.id(), report);
                jobs.progress(job.id(), counts(plans));
                return null;
            });
            return;
        }
        try {
            tx.executeWrite(status -> {
                apply(job, plans);
                return null;
            });
        } catch (DuplicateCiException e) {
            for (LinePlan p : plans) {
                List<LinePlan> one = List.of(p);
                try {
                    tx.executeWrite(status -> {
                        apply(job, one);
                        return null;
                    });
                } catch (DuplicateCiException duplicate) {
                    List<LinePlan> refused = List.of(LinePlan.rejected(p.line(), p.assetTag(),
                            "Un autre matériel a pris ce numéro pendant l'import"));
                    tx.executeWrite(status -> {
                        apply(job, refused);
                        return null;
                    });
                }
            }
        }
    }

    /** Writes a chunk's plans: inserts, updates under version, report lines, counts (in the caller's transaction). */
    private void apply(ImportJob job, List<LinePlan> plans) {
        List<ConfigurationItem> created = new ArrayList<>();
        for (LinePlan p : plans) {
            if (p.outcome() == LineOutcome.CREATED) {
                created.add(p.ci());
            }
        }
        List<Long> createdIds = store.insertAll(created, job.createdBy());
        List<ReportLine> report = new ArrayList<>();
        List<LinePlan> effective = new ArrayList<>(plans.size());
        int k = 0;
        for (LinePlan p : plans) {
            LinePlan done = p;
            Long ciId = p.ci() == null ? null : p.ci().id();
            if (p.outcome() == LineOutcome.CREATED) {
                ciId = createdIds.get(k++);
            } else if (p.outcome() == LineOutcome.UPDATED && !store.updateIfUnchanged(p.ci(), job.createdBy())) {
                done = LinePlan.rejected(p.line(), p.assetTag(), "Le matériel a été modifié pendant l'import ;"
                        + " relancez l'import");
            }
            effective.add(done);
            report(done, ciId, report);
        }
        jobs.writeLines(job.id(), report);
        jobs.progress(job.id(), counts(effective));
    }

    private static void report(LinePlan p, Long ciId, List<ReportLine> report) {
        switch (p.outcome()) {
            case CREATED -> report.add(new ReportLine(p.line(), "CREATED", p.assetTag(), ciId, null));
            case UPDATED -> report.add(new ReportLine(p.line(), "UPDATED", p.assetTag(), ciId, p.changedFields()));
            case REJECTED -> report.add(new ReportLine(p.line(), "REJECTED", p.assetTag(), null, p.reason()));
            case UNCHANGED -> {
                // counted only
            }
        }
    }

    private static Counts counts(List<LinePlan> plans) {
        int[] n = new int[LineOutcome.values().length];
        plans.forEach(p -> n[p.outcome().ordinal()]++);
        return new Counts(plans.size(), n[LineOutcome.CREATED.ordinal()], n[LineOutcome.UPDATED.ordinal()],
                n[LineOutcome.UNCHANGED.ordinal()], n[LineOutcome.REJECTED.ordinal()]);
    }

    /** The stored CIs a chunk's lines may be about, read in three queries. */
    private Existing load(List<ImportLine> lines) {
        Set<String> tags = new HashSet<>();
        Set<String> serials = new HashSet<>();
        Set<String> phoneLines = new HashSet<>();
        for (ImportLine line : lines) {
            String tag = ImportPlanner.assetTagOf(line);
            if (tag != null) {
                tags.add(tag);
            }
            String[] serial = ImportPlanner.serialOf(line);
            if (serial != null) {
                serials.add(serial[1]);
            }
            String attributes = line.get(ImportColumn.ATTRIBUTES);
            if (attributes != null) {
                Matcher m = LINE_NUMBER.matcher(attributes);
                if (m.find()) {
                    String digits = AttributeSpec.phoneDigits(m.group(1));
                    if (digits != null) {
                        phoneLines.add(digits);
                    }
                }
            }
        }
        Existing e = new Existing();
        for (ConfigurationItem ci : reader.findForImport(tags, serials, phoneLines, AccessScope.system())) {
            e.byTag.put(ci.details().assetTag(), ci);
            if (ci.details().serialNumber() != null) {
                e.bySerial.put(ci.details().manufacturer() + "\u0000" + ci.details().serialNumber(), ci);
            }
            String line = ci.details().attributes().text("lineNumber");
            if (line != null) {
                e.byLine.put(line, ci);
            }
        }
        return e;
    }

    private static final class Existing implements ImportPlanner.Existing {
        final Map<String, ConfigurationItem> byTag = new HashMap<>();
        final Map<String, ConfigurationItem> bySerial = new HashMap<>();
        final Map<String, ConfigurationItem> byLine = new HashMap<>();

        @Override
        public Optional<ConfigurationItem> byAssetTag(String tag) {
            return Optional.ofNullable(byTag.get(tag));
        }

        @Override
        public Optional<ConfigurationItem> bySerial(String manufacturer, String serial) {
            return Optional.ofNullable(bySerial.get(manufacturer + "\u0000" + serial));
        }

        @Override
        public Optional<ConfigurationItem> byLineNumber(String line) {
            return Optional.ofNullable(byLine.get(line));
        }
    }

    /**
     * The organisation records the file names, kept for the rest of the file: the sites named by id in a chunk in
     * one query, the people by commune (the active agents of each commune the file names, once: an import names
     * thousands of agents of a few communes), the open sites of a commune once a line names one of them by name.
     * An agent named by id not among its line's commune's active ones is looked up alone (another commune's, or
     * gone), which is rare.
     */
    private final class Lookups implements ImportLine.Names {
        final Map<String, Boolean> communes = new HashMap<>();
        final Map<Long, Optional<SiteInfo>> sites = new HashMap<>();
        final Map<Long, Optional<PersonInfo>> people = new HashMap<>();
        final Set<String> communesLoaded = new HashSet<>();
        final Map<String, List<Long>> peopleByEmail = new HashMap<>();
        final Map<String, Map<String, List<Long>>> sitesByName = new HashMap<>();

        void load(List<ImportLine> lines) {
            Set<Long> siteIds = new HashSet<>();
            Set<String> peopleOf = new HashSet<>();
            for (ImportLine line : lines) {
                id(line.get(ImportColumn.SITE), siteIds, sites.keySet());
                String commune = line.get(ImportColumn.COMMUNE);
                if (line.get(ImportColumn.PERSON) != null && commune != null && !communesLoaded.contains(commune)
                        && CommuneCode.isValid(commune)) {
                    peopleOf.add(commune);
                }
            }
            AccessScope all = AccessScope.system();
            if (!siteIds.isEmpty()) {
                siteIds.forEach(id -> sites.put(id, Optional.empty()));
                organisation.sites(all, siteIds).forEach(s -> sites.put(s.id(), Optional.of(s)));
            }
            for (String commune : peopleOf) {
                loadPeople(commune);
            }
        }

        private void loadPeople(String commune) {
            communesLoaded.add(commune);
            for (PersonInfo p : organisation.activePeople(AccessScope.system(), commune)) {
                people.put(p.id(), Optional.of(p));
                if (p.email() != null) {
                    peopleByEmail.computeIfAbsent(commune + "\u0000" + p.email().strip().toLowerCase(Locale.ROOT),
                            k -> new ArrayList<>()).add(p.id());
                }
            }
        }

        @Override
        public List<Long> peopleWithEmail(String communeCode, String email) {
            if (!CommuneCode.isValid(communeCode)) {
                return List.of();
            }
            if (!communesLoaded.contains(communeCode)) {
                loadPeople(communeCode);
            }
            return peopleByEmail.getOrDefault(communeCode + "\u0000" + email.strip().toLowerCase(Locale.ROOT),
                    List.of());
        }

        @Override
        public List<Long> sitesNamed(String communeCode, String name) {
            if (!CommuneCode.isValid(communeCode)) {
                return List.of();
            }
            Map<String, List<Long>> byName = sitesByName.computeIfAbsent(communeCode, c -> {
                Map<String, List<Long>> m = new HashMap<>();
                for (SiteInfo s : organisation.activeSites(AccessScope.system(), c)) {
                    sites.put(s.id(), Optional.of(s));
                    m.computeIfAbsent(Texts.collapse(Texts.fold(s.name())), k -> new ArrayList<>()).add(s.id());
                }
                return m;
            });
            return byName.getOrDefault(Texts.collapse(Texts.fold(name)), List.of());
        }

        CiReferences references() {
            return new CiReferences(code -> communes.computeIfAbsent(code, organisation::communeExists),
                    id -> sites.computeIfAbsent(id, organisation::site),
                    id -> people.computeIfAbsent(id, organisation::person));
        }

        private void id(String cell, Set<Long> ids, Set<Long> known) {
            if (cell == null) {
                return;
            }
            try {
                long id = Long.parseLong(cell.strip());
                if (id > 0 && !known.contains(id)) {
                    ids.add(id);
                }
            } catch (NumberFormatException ignored) {
                // a name, or junk the planner reports
            }
        }
    }
}
