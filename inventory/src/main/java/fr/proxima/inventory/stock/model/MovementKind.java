package fr.proxima.inventory.stock.model;

/**
 * The five movements of stock, by what they take from a centre ({@code from}) and put into one ({@code to}).
 * Consumption, for the replenishment suggestion, is what left a centre for use: issues and scraps, less returns.
 */
public enum MovementKind {
    /** From a supplier into a centre. */
    RECEIPT(false, true),
    /** From one centre into another, in one step (no goods in transit). */
    TRANSFER(true, true),
    /** From a centre to a site of a commune, optionally for a ticket or an intervention. */
    ISSUE(true, false),
    /** From a site (or a technician) back into a centre. */
    RETURN(false, true),
    /** Out of a centre for good (broken, obsolete). */
    SCRAP(true, false);

    private final boolean takes;
    private final boolean puts;

    MovementKind(boolean takes, boolean puts) {
        this.takes = takes;
        this.puts = puts;
    }

    /** Whether the movement takes stock from its {@code from} centre. */
    public boolean takesFromCentre() {
        return takes;
    }

    /** Whether the movement puts stock into its {@code to} centre. */
    public boolean putsIntoCentre() {
        return puts;
    }
}
