package fr.proxima.itsm.sla.application;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the states of every live clock current: every minute (by default) each clock that is not stopped is replayed
 * at the current instant, page by page, and what changed is written back with its escalations. Safe on several
 * instances at once (a write never replaces a newer evaluation; an escalation is recorded once).
 */
@Singleton
public class SlaRefreshJob {
    private static final Logger LOG = LoggerFactory.getLogger(SlaRefreshJob.class);

    private final SlaEvaluator evaluator;
    private final Clock clock;
    private final int pageSize;

    SlaRefreshJob(SlaEvaluator evaluator, @Nullable Clock clock,
                  @Value("${proxima.sla.refresh-page-size:1000}") int pageSize) {
        this.evaluator = evaluator;
        this.clock = clock == null ? Clock.systemUTC() : clock;
        this.pageSize = pageSize;
    }

    /** What a run did. */
    public record Report(int read, int written, Duration took) {
    }

    @Scheduled(fixedDelay = "${proxima.sla.refresh-interval:1m}",
            initialDelay = "${proxima.sla.refresh-initial-delay:20s}")
    void scheduled() {
        try {
            Report r = run(clock.instant());
            if (r.written() > 0) {
                LOG.info("service levels refreshed: {} live clocks read, {} changed, in {} ms", r.read(), r.written(),
                        r.took().toMillis());
            }
        } catch (RuntimeException e) {
            LOG.error("service-level refresh failed; the next run retries", e);
        }
    }

    /** Refreshes every live clock at {@code now}. */
    public Report run(Instant now) {
        long started = System.nanoTime();
        long after = 0;
        int read = 0;
        int written = 0;
        while (true) {
            SlaEvaluator.RefreshedPage page = evaluator.refreshPage(after, pageSize, now);
            read += page.read();
            written += page.written();
            if (page.read() < pageSize) {
                break;
            }
            after = page.last();
        }
        return new Report(read, written, Duration.ofNanos(System.nanoTime() - started));
    }
}
