package fr.proxima.itsm.comment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A comment on a ticket, with its author and the instant it was written (comments are never edited, so the row
 * is its own audit record). {@code communeCode} is the ticket's commune, kept so that reads filter on the scope.
 */
@MappedEntity("itsm_ticket_comment")
public record Comment(
        @Id @GeneratedValue @Nullable Long id,
        long ticketId,
        String communeCode,
        CommentVisibility visibility,
        @MappedProperty("body") String text,
        @Nullable Long authorId,
        String authorUsername,
        String authorRole,
        Instant createdAt) {

    public static final int MAX_TEXT = 10_000;
}
