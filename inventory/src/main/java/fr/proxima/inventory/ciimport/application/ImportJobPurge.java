package fr.proxima.inventory.ciimport.application;

import fr.proxima.inventory.ciimport.infrastructure.ImportJobStore;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * Forgets finished imports (their files and reports) after the retention ({@code proxima.inventory.import.retention},
 * 30 days by default), once a night. The CIs they created keep their history; only the reports go.
 */
@Singleton
class ImportJobPurge {
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobPurge.class);

    private final ImportJobStore store;
    private final Duration retention;

    ImportJobPurge(ImportJobStore store, @Value("${proxima.inventory.import.retention:30d}") Duration retention) {
        this.store = store;
        this.retention = retention;
    }

    @Scheduled(cron = "${proxima.inventory.import.purge-cron:0 37 3 * * *}")
    void purge() {
        try {
            int n = store.purgeFinishedBefore(Instant.now().minus(retention));
            if (n > 0) {
                LOG.info("{} CI import report(s) older than {} purged", n, retention);
            }
        } catch (RuntimeException e) {
            LOG.warn("CI import purge failed; the next run retries", e);
        }
    }
}
