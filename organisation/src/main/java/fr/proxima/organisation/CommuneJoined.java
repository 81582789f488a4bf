package fr.proxima.organisation;

import java.time.Instant;

/**
 * A commune joined the shared IT department (created by an administrator). Published inside the creating
 * transaction, so a synchronous listener (the itsm module copying the default contract of engagement) commits or
 * rolls back with it.
 */
public record CommuneJoined(String code, String name, Instant at, String actor) {
}
