package fr.proxima.itsm.ticket.application;

import fr.proxima.itsm.ticket.infrastructure.TicketTermIndex;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the search terms of the tickets written before the term index existed (or re-indexes every ticket after a
 * change of the tokenising rules): runs once, shortly after start, when a migration has requested a pass in
 * {@code itsm_ticket_term_reindex}. Tokenising needs the Java rules of {@code SearchTerms}, so a SQL migration
 * cannot do it. Batches of {@value #BATCH} tickets, each in its own short transaction that also records the
 * position, so a restart resumes where the previous run stopped and several instances share the work. Until the
 * pass ends, a text search misses the tickets not indexed yet (the log says when it is complete).
 */
@Singleton
public class TicketTermBackfillJob {
    private static final Logger LOG = LoggerFactory.getLogger(TicketTermBackfillJob.class);
    static final int BATCH = 1_000;

    private final TicketTermIndex index;

    TicketTermBackfillJob(TicketTermIndex index) {
        this.index = index;
    }

    @Scheduled(initialDelay = "${proxima.tickets.term-backfill.initial-delay:1s}")
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.error("search-term backfill failed; the next start resumes it", e);
        }
    }

    /** Runs the requested pass to its end; returns how many tickets were indexed (0 when none was requested). */
    public long run() {
        if (!index.reindexPending()) {
            return 0;
        }
        LOG.info("search terms: indexing the existing tickets (batches of {})", BATCH);
        long started = System.nanoTime();
        long done = 0;
        int n;
        while ((n = index.reindexNextBatch(BATCH)) > 0) {
            done += n;
        }
        LOG.info("search terms: {} tickets indexed in {} s; the text search covers every ticket", done,
                (System.nanoTime() - started) / 1_000_000_000L);
        return done;
    }
}
