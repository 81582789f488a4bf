package fr.proxima.itsm.ticket.application;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand (only in test classes setting {@code proxima.test.clock=true}). */
@Singleton
@Requires(property = "proxima.test.clock", value = "true")
public class TestClock extends Clock {
    private volatile Instant now = Instant.parse("2027-01-12T08:00:00Z");

    public void set(Instant instant) {
        now = instant;
    }

    public void advanceSeconds(long seconds) {
        now = now.plusSeconds(seconds);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
