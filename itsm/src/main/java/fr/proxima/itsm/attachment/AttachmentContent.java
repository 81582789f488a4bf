package fr.proxima.itsm.attachment;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The bytes of an attachment, in a table of their own so that lists never load them. */
@MappedEntity("itsm_attachment_content")
record AttachmentContent(@Id long attachmentId, byte[] content) {
}
