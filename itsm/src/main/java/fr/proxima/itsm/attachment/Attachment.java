package fr.proxima.itsm.attachment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * What is known of an attached file without reading it: sanitised name, detected type, size, SHA-256, who attached
 * it and when (attachments are never edited, so the row is its own audit record). {@code communeCode} is the
 * ticket's commune, kept so that reads filter on the scope.
 */
@MappedEntity("itsm_attachment")
public record Attachment(
        @Id @GeneratedValue @Nullable Long id,
        long ticketId,
        String communeCode,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        @Nullable Long uploadedById,
        String uploadedBy,
        Instant uploadedAt) {
}
