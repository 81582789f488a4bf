package fr.proxima.itsm.idempotency;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * Forgets idempotency keys older than the retention ({@code proxima.idempotency.retention}, 30 days by default),
 * once a night, in batches so that no transaction holds many locks.
 */
@Singleton
class IdempotencyKeyPurgeJob {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyPurgeJob.class);
    static final int BATCH = 5_000;

    private final IdempotencyKeys keys;
    private final Duration retention;

    IdempotencyKeyPurgeJob(IdempotencyKeys keys, @Value("${proxima.idempotency.retention:30d}") Duration retention) {
        this.keys = keys;
        this.retention = retention;
    }

    @Scheduled(cron = "${proxima.idempotency.purge-cron:0 17 3 * * *}")
    void purge() {
        try {
            int total = purge(Instant.now().minus(retention));
            if (total > 0) {
                LOG.info("{} idempotency key(s) older than {} purged", total, retention);
            }
        } catch (RuntimeException e) {
            LOG.warn("idempotency key purge failed; the next run retries", e);
        }
    }

    int purge(Instant before) {
        int total = 0;
        int n;
        do {
            n = keys.purgeCreatedBefore(before, BATCH);
            total += n;
        } while (n == BATCH);
        return total;
    }
}
