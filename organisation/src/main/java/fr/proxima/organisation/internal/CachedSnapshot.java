package fr.proxima.organisation.internal;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * An in-memory copy of small reference data read constantly (communes, teams, the commune → centre map), loaded on
 * first use and dropped when it changes.
 *
 * <p>A change drops the copy at once and again when its transaction ends, so a reader that loaded the old rows
 * while the change was uncommitted cannot keep them; a generation counter stops a load that started before a drop
 * from being stored after it. The time-to-live bounds how stale another server instance can be (each instance
 * only hears of its own changes).
 */
public final class CachedSnapshot<T> {
    private record Entry<T>(T value, Instant loadedAt) {
    }

    private final Supplier<T> loader;
    private final Duration ttl;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile Entry<T> entry;

    public CachedSnapshot(Supplier<T> loader, Duration ttl, Clock clock) {
        this.loader = loader;
        this.ttl = ttl;
        this.clock = clock;
    }

    public T get() {
        Entry<T> e = entry;
        Instant now = clock.instant();
        if (e != null && e.loadedAt().plus(ttl).isAfter(now)) {
            return e.value();
        }
        long g = generation.get();
        T value = loader.get();
        synchronized (this) {
            if (generation.get() == g) {
                entry = new Entry<>(value, now);
            }
        }
        return value;
    }

    /** Drops the copy now and, when called inside a transaction, once more when that transaction ends. */
    public void invalidate(TransactionOperations<?> tx) {
        drop();
        Optional<? extends TransactionStatus<?>> status = tx.findTransactionStatus();
        if (status.isPresent()) {
            try {
                status.get().registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(Status s) {
                        drop();
                    }
                });
            } catch (RuntimeException e) {
                drop();
            }
        }
    }

    public void drop() {
        synchronized (this) {
            generation.incrementAndGet();
            entry = null;
        }
    }
}
