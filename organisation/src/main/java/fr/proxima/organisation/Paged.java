package fr.proxima.organisation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One page of a list: the items, the page number (from 0), the page size and whether a next page exists.
 * No total count: counting a broad search costs more than the page itself, and a scoped list must not reveal
 * how much it hides.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Paged<T>(List<T> items, int page, int size, boolean hasNext) {

    /** Builds a page from a query that fetched {@code size + 1} rows to learn whether more follow. */
    public static <T> Paged<T> of(List<T> rowsPlusOne, int page, int size) {
        boolean more = rowsPlusOne.size() > size;
        return new Paged<>(more ? List.copyOf(rowsPlusOne.subList(0, size)) : List.copyOf(rowsPlusOne), page, size, more);
    }

    public <R> Paged<R> map(java.util.function.Function<T, R> f) {
        return new Paged<>(items.stream().map(f).toList(), page, size, hasNext);
    }
}
