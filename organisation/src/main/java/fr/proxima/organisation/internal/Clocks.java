package fr.proxima.organisation.internal;

import java.time.Clock;

/** The organisation reads time through a {@link Clock}: an application may provide one as a bean (tests do). */
public final class Clocks {
    private Clocks() {
    }

    public static Clock orSystem(Clock clock) {
        return clock == null ? Clock.systemUTC() : clock;
    }
}
