package fr.proxima.itsm.sla.model;

/** The take-charge and resolution targets of one priority, in business minutes. */
public record Targets(long takeChargeMinutes, long resolutionMinutes) {
    public static final long MAX_MINUTES = 60L * 24 * 366;

    public Targets {
        check("takeChargeMinutes", takeChargeMinutes);
        check("resolutionMinutes", resolutionMinutes);
        if (takeChargeMinutes > resolutionMinutes) {
            throw new IllegalArgumentException("the take-charge target cannot exceed the resolution target");
        }
    }

    public static Targets of(long takeChargeMinutes, long resolutionMinutes) {
        return new Targets(takeChargeMinutes, resolutionMinutes);
    }

    private static void check(String name, long minutes) {
        if (minutes <= 0 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException(name + " must be between 1 and " + MAX_MINUTES + ": " + minutes);
        }
    }
}
