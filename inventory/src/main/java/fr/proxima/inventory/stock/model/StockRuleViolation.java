package fr.proxima.inventory.stock.model;

import java.util.List;

/** A movement or threshold that breaks a rule of the stock, with the fields at fault. */
public final class StockRuleViolation extends RuntimeException {

    /** One field at fault and a stable reason code ({@code required}, {@code forbidden}, {@code invalid}...). */
    public record Fault(String field, String reason, String message) {
    }

    private final List<Fault> faults;

    public StockRuleViolation(List<Fault> faults) {
        super(faults.isEmpty() ? "invalid" : faults.get(0).message(), null, false, false);
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("a violation names at least one fault");
        }
        this.faults = List.copyOf(faults);
    }

    public List<Fault> faults() {
        return faults;
    }
}
