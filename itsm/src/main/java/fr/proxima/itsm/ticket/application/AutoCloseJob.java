package fr.proxima.itsm.ticket.application;

import fr.proxima.itsm.ticket.infrastructure.TicketReader;
import fr.proxima.itsm.ticket.model.AutoClosePolicy;
import fr.proxima.itsm.ticket.model.Ticket;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Closes the resolved tickets whose five business days have passed ({@link AutoClosePolicy}). Batch-wise: reads
 * RESOLVED tickets by (resolved_at, id) keyset in batches, and closes each due ticket in a transaction of its own,
 * so a ticket reopened meanwhile (optimistic lock) or a failure costs one ticket, not the batch. Idempotent: a
 * second run, or a run on another instance at the same time, finds nothing more to close.
 */
@Singleton
public class AutoCloseJob {
    private static final Logger LOG = LoggerFactory.getLogger(AutoCloseJob.class);
    static final int BATCH = 200;

    private final TicketReader reader;
    private final TicketCommands commands;
    private final Clock clock;

    AutoCloseJob(TicketReader reader, TicketCommands commands, @Nullable Clock clock) {
        this.reader = reader;
        this.commands = commands;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    @Scheduled(fixedDelay = "${proxima.tickets.auto-close.interval:10m}",
            initialDelay = "${proxima.tickets.auto-close.initial-delay:2m}")
    void scheduled() {
        try {
            run(clock.instant());
        } catch (RuntimeException e) {
            LOG.error("auto-close run failed; the next run retries", e);
        }
    }

    /** Closes every due ticket at {@code now}; returns how many were closed. */
    public int run(Instant now) {
        Instant bound = AutoClosePolicy.resolvedNoLaterThan(now);
        Instant afterAt = Instant.EPOCH;
        long afterId = 0;
        int closed = 0;
        while (true) {
            List<Ticket> batch = reader.resolved(bound, afterAt, afterId, BATCH, AccessScope.system());
            for (Ticket t : batch) {
                if (AutoClosePolicy.isDue(t, now)) {
                    try {
                        if (commands.autoClose(t.id(), now)) {
                            closed++;
                        }
                    } catch (ProblemException e) {
                        LOG.info("ticket {} not closed automatically ({}), next run retries", t.number(), e.code());
                    }
                }
                afterAt = t.resolvedAt();
                afterId = t.id();
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        if (closed > 0) {
            LOG.info("{} resolved ticket(s) closed automatically", closed);
        }
        return closed;
    }
}
