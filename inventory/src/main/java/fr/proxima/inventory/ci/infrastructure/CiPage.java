package fr.proxima.inventory.ci.infrastructure;

import java.util.List;
import java.util.function.Function;

/** One page of CIs (0-based), whether more follow, and how many match in the caller's scope. */
public record CiPage<T>(List<T> items, int page, int size, boolean hasNext, long total) {
    public <R> CiPage<R> map(Function<T, R> f) {
        return new CiPage<>(items.stream().map(f).toList(), page, size, hasNext, total);
    }
}
