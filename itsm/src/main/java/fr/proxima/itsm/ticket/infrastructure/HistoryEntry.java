package fr.proxima.itsm.ticket.infrastructure;

import java.time.Instant;

/** One line of a ticket's history: who changed which field when, from what to what. */
public record HistoryEntry(long id, Instant at, String actor, String field, String oldValue, String newValue) {
}
