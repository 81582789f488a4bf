package fr.proxima.inventory.ci.infrastructure;

import java.time.Instant;

/** One line of a CI's history: who changed which field when, from what to what. */
public record HistoryEntry(long id, Instant at, String actor, String field, String oldValue, String newValue) {
}
