package fr.proxima.itsm.attachment;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.ProblemException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Positive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

@Controller("/api/tickets")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Pièces jointes", description = "Fichiers joints aux tickets")
class AttachmentController {
    private final Attachments attachments;
    private final CurrentScope currentScope;

    AttachmentController(Attachments attachments, CurrentScope currentScope) {
        this.attachments = attachments;
        this.currentScope = currentScope;
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AttachmentResponse(long id, long ticketId, String fileName, String contentType, long sizeBytes,
                              String sha256, String uploadedBy, Instant uploadedAt) {
        static AttachmentResponse of(Attachment a) {
            return new AttachmentResponse(a.id(), a.ticketId(), a.fileName(), a.contentType(), a.sizeBytes(),
                    a.sha256(), a.uploadedBy(), a.uploadedAt());
        }
    }

    @Post(value = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Joindre un fichier à un ticket",
            description = "Partie multipart « file », 10 Mo au plus ; le type est reconnu d'après le contenu "
                    + "(PDF, PNG, JPEG, GIF, texte, CSV, Office, OpenDocument, e-mail), jamais d'après le type déclaré")
    @ApiResponse(responseCode = "201", description = "Fichier joint")
    @ApiResponse(responseCode = "400", description = "Fichier vide ou absent")
    @ApiResponse(responseCode = "403", description = "Non autorisé (ITSM-2254)")
    @ApiResponse(responseCode = "404", description = "Ticket introuvable ou hors périmètre")
    @ApiResponse(responseCode = "413", description = "Fichier trop volumineux (ITSM-2251)")
    @ApiResponse(responseCode = "415", description = "Type de fichier non accepté (ITSM-2253)")
    HttpResponse<AttachmentResponse> upload(@PathVariable @Positive long id, CompletedFileUpload file) {
        Attachments.requireSize(file.getSize());
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Attachment a = attachments.upload(id, file.getFilename(), bytes, currentScope.get());
        return HttpResponse.created(AttachmentResponse.of(a),
                URI.create("/api/tickets/" + id + "/attachments/" + a.id()));
    }

    @Get("/{id}/attachments")
    @Operation(summary = "Les pièces jointes d'un ticket (métadonnées)")
    @ApiResponse(responseCode = "200", description = "Les pièces jointes")
    @ApiResponse(responseCode = "404", description = "Ticket introuvable ou hors périmètre")
    List<AttachmentResponse> list(@PathVariable @Positive long id) {
        return attachments.list(id, currentScope.get()).stream().map(AttachmentResponse::of).toList();
    }

    @Get(value = "/{id}/attachments/{attachmentId}", produces = MediaType.ALL)
    @Operation(summary = "Télécharger une pièce jointe",
            description = "Toujours en téléchargement (Content-Disposition: attachment), jamais interprétée par le "
                    + "navigateur (nosniff, CSP sandbox)")
    @ApiResponse(responseCode = "200", description = "Le fichier")
    @ApiResponse(responseCode = "404", description = "Ticket ou pièce jointe introuvable ou hors périmètre")
    HttpResponse<byte[]> download(@PathVariable @Positive long id, @PathVariable @Positive long attachmentId) {
        Attachments.Download d = attachments.download(id, attachmentId, currentScope.get());
        String type = d.attachment().contentType();
        if (type.toLowerCase(java.util.Locale.ROOT).contains("html")) {
            // cannot happen with the allow-list; kept so that a future addition to it can never serve HTML
            throw new ProblemException(500, "ITSM-2256", "Erreur interne", null);
        }
        return HttpResponse.ok(d.content())
                .contentType(MediaType.of(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(d.attachment().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
}
