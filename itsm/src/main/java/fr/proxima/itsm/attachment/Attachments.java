package fr.proxima.itsm.attachment;

import fr.proxima.itsm.TicketRef;
import fr.proxima.itsm.Tickets;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.Role;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** The attachments of tickets, always read and written through the caller's scope (see the package documentation). */
@Singleton
public class Attachments {
    /** 10 MiB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public static final String TOO_LARGE = "ITSM-2251";
    public static final String EMPTY = "ITSM-2252";
    public static final String TYPE_NOT_ALLOWED = "ITSM-2253";
    public static final String FORBIDDEN = "ITSM-2254";
    public static final String NOT_FOUND = "ITSM-2255";

    private final AttachmentRepository attachments;
    private final AttachmentContentRepository contents;
    private final Tickets tickets;
    private final Clock clock;

    Attachments(AttachmentRepository attachments, AttachmentContentRepository contents, Tickets tickets) {
        this.attachments = attachments;
        this.contents = contents;
        this.tickets = tickets;
        this.clock = Clock.systemUTC();
    }

    /** An attachment and its bytes, ready to be sent. */
    public record Download(Attachment attachment, byte[] content) {
    }

    /** The ticket's attachments (metadata only), oldest first; 404 when the ticket is not readable. */
    @Transactional(readOnly = true)
    public List<Attachment> list(long ticketId, AccessScope scope) {
        tickets.requireReadable(ticketId, scope);
        return attachments.findByTicket(ticketId, scope.communeFilter());
    }

    /** Metadata and bytes of one attachment; 404 when the ticket or the attachment is not readable. */
    @Transactional(readOnly = true)
    public Download download(long ticketId, long attachmentId, AccessScope scope) {
        tickets.requireReadable(ticketId, scope);
        Attachment a = attachments.findOne(attachmentId, ticketId, scope.communeFilter())
                .orElseThrow(() -> ProblemException.notFound(NOT_FOUND, "Pièce jointe"));
        byte[] content = contents.findContent(a.id(), scope.communeFilter()).map(AttachmentContent::content)
                .orElseThrow(() -> ProblemException.notFound(NOT_FOUND, "Pièce jointe"));
        return new Download(a, content);
    }

    /**
     * Attaches a file: 404 when the ticket is not readable, 403 when the scope may not attach, 413 beyond
     * {@link #MAX_BYTES}, 400 when empty, 415 when its bytes are not of an allowed type.
     */
    @Transactional
    public Attachment upload(long ticketId, String declaredName, byte[] content, AccessScope scope) {
        TicketRef ticket = tickets.requireReadable(ticketId, scope);
        requireMayWrite(ticket, scope);
        requireSize(content == null ? 0 : content.length);
        ContentSniffer.Detected type = ContentSniffer.detect(content, declaredName)
                .orElseThrow(() -> new ProblemException(415, TYPE_NOT_ALLOWED, "Type de fichier non accepté",
                        "Types acceptés : PDF, PNG, JPEG, GIF, texte, CSV, documents Office (docx, xlsx, pptx) et "
                                + "OpenDocument, e-mails (.eml, .msg)", List.of(), Map.of()));
        Attachment saved = attachments.save(new Attachment(null, ticket.id(), ticket.communeCode(),
                FileNames.sanitise(declaredName, type), type.mediaType(), content.length, sha256(content),
                scope.userId(), scope.username(), clock.instant()));
        contents.save(new AttachmentContent(saved.id(), content));
        return saved;
    }

    /** Checks a size announced before the bytes are read (e.g. a multipart part), so that a large file is refused early. */
    public static void requireSize(long size) {
        if (size <= 0) {
            throw ProblemException.invalidField(EMPTY, "file", "file.empty", "Le fichier est vide");
        }
        if (size > MAX_BYTES) {
            throw new ProblemException(413, TOO_LARGE, "Fichier trop volumineux",
                    "Taille maximale : " + (MAX_BYTES / (1024 * 1024)) + " Mo", List.of(),
                    Map.of("maxBytes", MAX_BYTES));
        }
    }

    private void requireMayWrite(TicketRef ticket, AccessScope scope) {
        if (scope.isReadOnly()) {
            throw ProblemException.forbidden(FORBIDDEN, "Un lecteur de commune ne peut pas joindre de fichier");
        }
        if (scope.has(Role.CAN_AGENT)) {
            return;
        }
        try {
            tickets.requireChangeable(ticket.id(), scope);
        } catch (ProblemException e) {
            if (e.status() == 403) {
                throw ProblemException.forbidden(FORBIDDEN, "Ce ticket ne peut pas recevoir de pièce jointe de votre équipe");
            }
            throw e;
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
